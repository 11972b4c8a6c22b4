// A lesson file imported from `$lessons/<slug>/…`: its checked content, turned into plain data by
// the lessons Vite plugin (src/lib/server/lessons/vite-plugin.ts). Its type is the file's schema
// output (src/lib/content/lesson/schema.ts), which the importing module states.
declare module '*.yaml' {
	const content: unknown;
	export default content;
}

// Every lesson in the build (the default folder plus `LESSONS_DIR`), as index cards.
declare module 'virtual:lessons' {
	export const lessons: ReturnType<typeof import('$lib/server/lessons/vite-plugin').card>[];
}
