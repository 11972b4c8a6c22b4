import type { Lang } from '$lib/i18n/langs';
import type { LessonCard } from '$lib/server/lessons/content';
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
			/** The lesson of a page under a lesson's slug (`/hu/<slug>/…`). */
			lesson?: LessonCard;
		}
		interface Error {
			message: string;
			/** Translation key of the message, so that the error page speaks the reader's language. */
			key?: string;
		}
	}
}

export {};
