import type { Lang } from '$lib/i18n/langs';
import type { TextSize } from '$lib/text-size';

declare global {
	namespace App {
		interface Locals {
			lang: Lang;
			textSize: TextSize;
		}
		interface PageData {
			lang: Lang;
			textSize: TextSize;
		}
		interface Error {
			message: string;
			/** Translation key of the message, so that the error page speaks the reader's language. */
			key?: string;
		}
	}
}

export {};
