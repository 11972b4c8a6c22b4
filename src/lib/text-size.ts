/** Text sizes the reader can choose, as a share of the browser's default font size. */
export const textSizes = { s: 0.9, m: 1, l: 1.15, xl: 1.3 } as const;
export type TextSize = keyof typeof textSizes;
export const defaultTextSize: TextSize = 'm';
export const textSizeCookie = 'textsize';

export function isTextSize(value: unknown): value is TextSize {
	return typeof value === 'string' && Object.hasOwn(textSizes, value);
}
