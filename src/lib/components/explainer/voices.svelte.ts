import type { Lang } from '$lib/i18n/langs';

/** The browser's speech voices, loaded once; they arrive asynchronously in most browsers. */
const speech = $state<{ voices: SpeechSynthesisVoice[] }>({ voices: [] });
let watching = false;

/** Starts listening for the browser's voices; call from onMount (it writes state). */
export function watchVoices(): void {
	if (watching || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
	watching = true;
	const load = () => (speech.voices = window.speechSynthesis.getVoices());
	load();
	window.speechSynthesis.addEventListener('voiceschanged', load);
}

/** A voice that speaks the language, or undefined (then read-aloud is not offered at all). */
export function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
	return speech.voices.find((v) => v.lang.toLowerCase().startsWith(lang));
}
