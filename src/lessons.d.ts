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

// The build's lessons' slugs, and the slug of the lesson the addresses from before lessons had slugs (`/hu/explainer`) lead to.
declare module 'virtual:lesson-slugs' {
	export const defaultSlug: string;
	/** Every lesson in the build, by slug. */
	export const lessonSlugs: string[];
}
