/**
 * Which mapped places an event's English place text names. Kept apart from places.ts so that
 * the timeline, which runs in the browser, carries only these patterns and not the map's texts.
 */
export const placePatterns: Record<string, RegExp> = {
	moscow: /\bMoscow\b/,
	kursk: /\bKursk\b/,
	vostochny: /\bVostochny\b/,
	pyongyang: /\bPyongyang\b/,
	vladivostok: /\bVladivostok\b/,
	bridge: /\b(Khasan|Tumangang)\b/,
	rason: /\b(Rason|Najin|Rajin)\b/
};

export function placeIdsIn(placeEn: string): string[] {
	return Object.keys(placePatterns).filter((id) => placePatterns[id].test(placeEn));
}
