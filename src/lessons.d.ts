// A lesson file imported from `$lessons/<slug>/…`: its checked content, turned into plain data by
// the lessons Vite plugin (src/lib/server/lessons/vite-plugin.ts). Its type is the file's schema
// output (src/lib/content/lesson/schema.ts), which the importing module states.
declare module '*.yaml' {
	const content: unknown;
	export default content;
}

// Every lesson in the build with its whole content; imported on the server only
// (src/lib/server/lessons/registry.ts), so that no lesson text is bundled for the browser.
declare module 'virtual:lesson-content' {
	export const lessons: import('$lib/server/lessons/content').LessonContent[];
}

// The slugs of the build's lessons (the offline cache lists their pages), and of the lesson that
// the addresses from before lessons had slugs (`/hu/explainer`) lead to; set by the lessons plugin.
declare const __LESSON_SLUGS__: string[];
declare const __DEFAULT_LESSON__: string;
