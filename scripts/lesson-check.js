// `npm run lesson:check [slug]`: runs src/lib/content/lesson/cli.ts through Vite's module runner
// (the loader is TypeScript, and Node 20 does not run TypeScript by itself).
import { runnerImport } from 'vite';

const cli = new URL('../src/lib/content/lesson/cli.ts', import.meta.url).pathname;
const { module } = await runnerImport(cli, { configFile: false, logLevel: 'error' });
process.exitCode = module.main(process.argv.slice(2), process.env);
