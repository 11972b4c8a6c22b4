/**
 * Whether a key press closes the phone menu: only Escape, and only while the menu is open, so that
 * Escape keeps its meaning for whatever else listens (a glossary popover, a dialog) when it is shut.
 */
export function closesMenu(key: string, open: boolean): boolean {
	return open && key === 'Escape';
}
