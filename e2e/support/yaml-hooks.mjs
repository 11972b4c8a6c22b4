// Node module hooks for the e2e tests: some specs import lesson content through the modules the
// app uses, which import the lesson's YAML files (in the app, a Vite plugin turns them into data
// after validating them; `npm run check` and the build run that validation).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export async function load(url, context, nextLoad) {
	if (!/\.ya?ml$/.test(new URL(url).pathname)) return nextLoad(url, context);
	const text = await readFile(new URL(url), 'utf8');
	return {
		format: 'module',
		source: `export default ${JSON.stringify(parse(text))};`,
		shortCircuit: true
	};
}
