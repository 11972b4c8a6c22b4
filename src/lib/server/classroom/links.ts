import QRCode from 'qrcode';
import type { Lang } from '$lib/i18n/langs';

/** The address students open (or scan) to join: `/{lang}/join/{CODE}` on this site. */
export function joinUrl(origin: string, lang: Lang, code: string): string {
	return `${origin}/${lang}/join/${code}`;
}

/** The teacher's private address of an assignment; the key in it is the only way in. */
export function teacherPath(lang: Lang, id: string, key: string): string {
	return `/${lang}/teacher/a/${id}/${key}`;
}

/**
 * The join address as an inline SVG QR code: the CSP allows no external images, and an inline SVG
 * stays sharp on a projector. Built from our own URL only, never from anything a student typed.
 */
export async function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
