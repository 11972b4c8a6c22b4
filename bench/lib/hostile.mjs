// fast-check arbitraries for bad input: hostile text (HTML/script, CSV formulas, very long and
// broken Unicode), wrongly typed and oversized JSON, invalid UTF-8 and wrong content types.
// Shared by the short run in npm test (e2e/bad-input.e2e.ts) and the long one in npm run soak.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';

/** Sets this process's markers apart from those of other test workers and of earlier runs. */
const runTag = randomBytes(3).toString('hex');

/**
 * A unique mark inside every hostile string, so that we can look for it in responses and the
 * database. Unbiased: fast-check's default bias towards small numbers made two tests (or two runs
 * on the same database) pick the same marker, and one test's accepted title then looked like the
 * other's rejected request stored.
 */
export const markerArb = fc
	.noBias(fc.integer({ min: 1e9, max: 9e9 }))
	.map((n) => `zq${runTag}${n}`);

/** Payloads that would run script if a page echoed them unescaped; each holds the marker. */
export const htmlPayloads = (/** @type {string} */ m) => [
	`<script>alert("${m}")</script>`,
	`"><img src=x onerror=alert('${m}')>`,
	`<svg onload=alert('${m}')>`,
	`javascript:alert('${m}')//`
];

/** Text that a spreadsheet would run as a formula if a CSV export did not neutralise it. */
export const csvPayloads = (/** @type {string} */ m) => [
	`=HYPERLINK("http://127.0.0.1/","${m}")`,
	`+SUM(1+1)*cmd|' /C calc'!A0 ${m}`,
	`-2+3 ${m}`,
	`@SUM(1) ${m}`,
	`\t=1+1 ${m}`
];

/** @param {string} m */
export const hostileString = (m) =>
	fc.oneof(
		fc.constantFrom(...htmlPayloads(m), ...csvPayloads(m)),
		fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 4000 }).map((s) => `${s}${m}`),
		fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `${m}${s}`),
		fc.constantFrom(
			`${m}\u0000\u0000`,
			`${m}\ud800\udfff\ud800`, // lone surrogates
			`\u202e${m}\u202d\u200b\ufeff`, // bidi overrides, zero width
			`${'e\u0301'.repeat(5000)}${m}`, // combining marks
			`${'Ő'.repeat(100_000)}${m}`, // oversized
			`  ${m}  `,
			`../../${m}/%2e%2e/`,
			`' OR 1=1; DROP TABLE answers; -- ${m}`,
			`${'🇭🇺'.repeat(2000)}${m}`
		)
	);

/** Values of the wrong type for any field. */
export const wrongType = fc.oneof(
	fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [[[]]]),
	fc.double(),
	fc.integer(),
	fc.array(fc.integer(), { maxLength: 5 }),
	fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
);

/** Field names the classroom's bodies use, so that objects look almost right. */
export const knownKeys = [
	'token',
	'attemptId',
	'answers',
	'seq',
	'questionId',
	'answer',
	'lang',
	'code',
	'nickname',
	'comment',
	'key',
	'title',
	'quizzes',
	'mode',
	'attempts',
	'__proto__',
	'constructor'
];

/**
 * A request body as bytes plus the content type it claims, always holding the marker somewhere
 * when it is text. Covers: almost-right objects with hostile or wrongly typed values, arbitrary
 * JSON, broken JSON, invalid UTF-8, deep nesting, huge arrays, bodies over the size limit, form
 * encoding where JSON is expected, and an empty body.
 * @param {string} m
 * @returns {fc.Arbitrary<{ kind: string, contentType: string, body: Buffer }>}
 */
export const hostileBody = (m) => {
	const value = fc.oneof(hostileString(m), wrongType);
	const json = (/** @type {string} */ kind, /** @type {fc.Arbitrary<unknown>} */ arb) =>
		arb.map((v) => ({
			kind,
			contentType: 'application/json',
			body: Buffer.from(JSON.stringify(v))
		}));
	return fc.oneof(
		json(
			'almost-right object',
			fc.dictionary(fc.constantFrom(...knownKeys), value, { minKeys: 1 })
		),
		json(
			'answers with hostile items',
			fc.record({
				token: fc.oneof(fc.constant('A'.repeat(43)), value),
				attemptId: fc.oneof(fc.uuid(), value),
				lang: fc.oneof(fc.constantFrom('hu', 'en'), value),
				answers: fc.array(
					fc.record({ seq: fc.oneof(fc.nat(), value), questionId: value, answer: value }),
					{
						maxLength: 5
					}
				)
			})
		),
		json(
			'any JSON',
			fc.jsonValue({ maxDepth: 4 }).map((v) => [v, m])
		),
		fc.constantFrom(
			{
				kind: 'broken JSON',
				contentType: 'application/json',
				body: Buffer.from(`{"token": "${m}", `)
			},
			{
				kind: 'invalid UTF-8',
				contentType: 'application/json',
				body: Buffer.concat([
					Buffer.from(`{"nickname":"${m}`),
					Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]),
					Buffer.from('"}')
				])
			},
			{
				kind: 'deep nesting',
				contentType: 'application/json',
				body: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000))
			},
			{
				kind: 'huge array',
				contentType: 'application/json',
				body: Buffer.from(
					JSON.stringify({
						token: m,
						answers: Array.from({ length: 50_000 }, (_, i) => ({ seq: i, questionId: m }))
					})
				)
			},
			{
				kind: 'over the size limit',
				contentType: 'application/json',
				body: Buffer.from(`{"comment":"${m}${'x'.repeat(3_000_000)}"}`)
			},
			{
				kind: 'form where JSON is expected',
				contentType: 'application/x-www-form-urlencoded',
				body: Buffer.from(`token=${m}&answers=1`)
			},
			{ kind: 'text/plain', contentType: 'text/plain', body: Buffer.from(m) },
			{ kind: 'empty', contentType: 'application/json', body: Buffer.alloc(0) }
		)
	);
};

/** A path under the app with hostile segments and query strings. */
export const hostilePath = (/** @type {string} */ m) =>
	fc
		.tuple(
			fc.constantFrom(
				'/hu',
				'/en',
				'',
				'/hu/shoigu-pyongyang-2024/quizzes',
				'/en/teacher',
				'/hu/join',
				'/en/api',
				'/api',
				'/hu/shoigu-pyongyang-2024/explainer'
			),
			fc.array(
				fc.oneof(
					fc.constantFrom(
						m,
						`%3Cscript%3E${m}`,
						`%E0%A4%A${m}`,
						`%FF%FE${m}`,
						`..%2F${m}`,
						`${m}%00`,
						`${m}.json`,
						`__data.json`
					),
					fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => encodeURIComponent(s) + m)
				),
				{ minLength: 1, maxLength: 3 }
			),
			fc.option(
				fc.oneof(
					fc.constantFrom(
						`?q=<script>${m}</script>`,
						`?/${m}`,
						`?x-sveltekit-invalidated=${m}`,
						`?lang=${m}`,
						`?%ZZ=${m}`
					),
					fc.string({ maxLength: 40 }).map((s) => `?${encodeURIComponent(s)}=${m}`)
				)
			)
		)
		.map(([base, segs, q]) => `${base}/${segs.join('/')}${q ?? ''}`);
