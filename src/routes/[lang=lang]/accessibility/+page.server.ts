import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/**
 * Where problems are reported: the school that runs the site sets ACCESSIBILITY_CONTACT (an e-mail
 * address or a web address); without it the statement tells readers to go through their teacher.
 */
export const load: PageServerLoad = () => {
	const contact = env.ACCESSIBILITY_CONTACT?.trim() ?? '';
	if (/^[^\s@<>"]+@[^\s@<>"]+$/.test(contact))
		return { contact: { href: `mailto:${contact}`, text: contact } };
	if (/^https?:\/\/\S+$/.test(contact)) return { contact: { href: contact, text: contact } };
	return { contact: null };
};
