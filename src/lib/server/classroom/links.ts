import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import type { Lang } from '$lib/i18n/langs';

/**
 * The address students open (or scan) to join: `/join/{CODE}` on the address the teacher's own
 * browser used. It carries no language: each student gets theirs (see routes/join).
 */
export function joinUrl(origin: string, code: string): string {
	return `${origin}/join/${code}`;
}

/** The join address as short as it can be written on a board: no scheme. */
export function shortJoinAddress(url: string): string {
	return url.replace(/^https?:\/\//, '');
}

/** The teacher's private address of an assignment; the key in it is the only way in. */
export function teacherPath(lang: Lang, id: string, key: string): string {
	return `/${lang}/teacher/a/${id}/${key}`;
}

const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * When the teacher opened the page as localhost, phones cannot follow its join link: `path` on the
 * laptop's network addresses (same port) to open instead, or null when the address is fine.
 */
export function loopbackHint(url: URL, path: string): string[] | null {
	if (!loopback.test(url.hostname)) return null;
	const port = url.port ? `:${url.port}` : '';
	return Object.values(networkInterfaces())
		.flat()
		.filter((i) => i && i.family === 'IPv4' && !i.internal)
		.map((i) => `${url.protocol}//${i!.address}${port}${path}`);
}

/**
 * An address as an inline SVG QR code: the CSP allows no external images, and an inline SVG
 * stays sharp on a projector. Built from our own URL only, never from anything a student typed.
 */
export async function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
