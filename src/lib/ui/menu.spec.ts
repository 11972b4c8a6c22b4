// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closesMenu } from './menu';

describe('the phone menu and the keyboard', () => {
	it('closes an open menu on Escape', () => {
		expect(closesMenu('Escape', true)).toBe(true);
	});
	it('leaves a shut menu, and other keys, alone', () => {
		expect(closesMenu('Escape', false)).toBe(false);
		for (const key of ['Enter', ' ', 'Tab', 'Esc', 'escape'])
			expect(closesMenu(key, true)).toBe(false);
	});
});
