import { geoBounds, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json';
import countries110 from 'world-atlas/countries-110m.json';
import { storyPlaces, type StoryPlace } from '$lib/content/places';
import type { Lang } from '$lib/i18n/langs';
import { countryLabels, mapText, placeLabels, type MapLesson } from './labels';
import { mapStyle } from './style';

/**
 * A lesson's story map as one SVG document per language, drawn once from its places.yaml and Natural
 * Earth data (world-atlas). The frame (Russia and North Korea, the close-up of their border) is the
 * same for every lesson; the close-up is drawn only for a lesson with places on it.
 */

const width = 800;
const height = 470;
/** The close-up of the border where Russia, North Korea and China meet. */
const inset = { x: 10, y: 222, w: 300, h: 238, lon: [129.6, 132.3], lat: [41.8, 43.5] } as const;
const mainWindow = { lon: [31, 140], lat: [36, 63] } as const;
const highlighted: Record<string, string> = { '643': 'russia', '408': 'nkorea' };

type Countries = FeatureCollection<Geometry, { name: string }>;

function countriesOf(topology: unknown): Countries {
	const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	return feature(topo, topo.objects.countries) as Countries;
}

function outline(lon: readonly number[], lat: readonly number[]): Feature {
	const [w, e] = lon;
	const [s, n] = lat;
	const ring: [number, number][] = [];
	for (let x = w; x <= e; x += (e - w) / 8) ring.push([x, s]);
	for (let x = e; x >= w; x -= (e - w) / 8) ring.push([x, n]);
	ring.push([w, s]);
	// d3-geo reads a clockwise ring as the small area inside it.
	ring.reverse();
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** Only the countries near the window: a conic projection turns far-away ones into degenerate points. */
function near(f: Feature, lon: readonly number[], lat: readonly number[]): boolean {
	const [[w, s], [east, n]] = geoBounds(f);
	// A country across the antimeridian (Russia) has its east edge west of its west edge.
	const e = east < w ? east + 360 : east;
	return w <= lon[1] + 5 && e >= lon[0] - 5 && s <= lat[1] + 5 && n >= lat[0] - 5;
}

function countryPaths(
	data: Countries,
	projection: GeoProjection,
	lon: readonly number[],
	lat: readonly number[]
): string {
	const path = geoPath(projection).digits(1);
	return data.features
		.filter((f) => near(f, lon, lat))
		.map((f) => {
			const d = path(f);
			if (!d) return '';
			const kind = highlighted[String(f.id)] ?? 'land';
			return `<path class="${kind}" d="${d}"/>`;
		})
		.join('');
}

/** A text's box on the map, in SVG units, for the check that no two labels overlap. */
export interface LabelBox {
	text: string;
	/** The close-up's texts and markers stay inside it; the main map's stay out of it. */
	area: 'main' | 'inset';
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Average advance of a bold system-ui glyph, as a share of the font size (a little generous). */
const glyphWidth = 0.62;

/** The white halo round every text (text stroke in style.ts), which also takes room. */
const halo = 3;

/** The box of a text of the given lines at (x, y) baseline, estimated from its length. */
export function textBox(
	area: LabelBox['area'],
	lines: string[],
	x: number,
	y: number,
	size: number,
	anchor: 'start' | 'middle' | 'end' = 'start',
	tracking = 0
): LabelBox {
	const w = Math.max(...lines.map((l) => l.length)) * size * (glyphWidth + tracking);
	const x0 = (anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w) - halo;
	const y1 = y + size * 0.25 + (lines.length - 1) * size * 1.1 + halo;
	return { text: lines.join(' '), area, x0, y0: y - size * 0.8 - halo, x1: x0 + w + 2 * halo, y1 };
}

function marker(
	labels: ReturnType<typeof placeLabels>,
	place: StoryPlace,
	[x, y]: [number, number],
	lang: Lang,
	boxes: LabelBox[],
	scale = 1
): string {
	const label = labels[place.id];
	const at = place.inset ? label.inset : label.main;
	const r = place.kind === 'region' ? 14 * scale : place.kind === 'site' ? 8.5 : 7;
	const area = place.inset ? 'inset' : 'main';
	boxes.push({ text: `(${place.id})`, area, x0: x - r, y0: y - r, x1: x + r, y1: y + r });
	const shape =
		place.kind === 'region'
			? `<circle class="region" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${14 * scale}"/>`
			: place.kind === 'site'
				? `<rect class="pin" x="${(x - 6).toFixed(1)}" y="${(y - 6).toFixed(1)}" width="12" height="12" transform="rotate(45 ${x.toFixed(1)} ${y.toFixed(1)})"/>`
				: `<circle class="pin" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="7"/>`;
	const lines = (label.lines?.[lang] ?? place.name[lang]).split('\n');
	const tx = x + (at?.dx ?? 12);
	const ty = y + (at?.dy ?? 5);
	const anchor = at?.anchor ?? 'start';
	boxes.push(textBox(area, lines, tx, ty, place.inset ? 21 : 24, anchor));
	const text = lines
		.map((line, i) => `<tspan x="${tx.toFixed(1)}" dy="${i === 0 ? 0 : '1.1em'}">${line}</tspan>`)
		.join('');
	return `${shape}<text class="place${place.inset ? ' small' : ''}" x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="${anchor}">${text}</text>`;
}

function render(lesson: MapLesson, lang: Lang): { svg: string; boxes: LabelBox[] } {
	const text = mapText(lesson, lang);
	const places = storyPlaces(lesson.places);
	const labels = placeLabels(lesson.places);
	const boxes: LabelBox[] = [];
	const main = geoConicConformal()
		.parallels([40, 60])
		.rotate([-85, 0])
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			outline(mainWindow.lon, mainWindow.lat)
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const close = geoConicConformal()
		.parallels([42, 43])
		.rotate([-131, 0])
		.fitExtent(
			[
				[inset.x, inset.y],
				[inset.x + inset.w, inset.y + inset.h]
			],
			outline(inset.lon, inset.lat)
		)
		.clipExtent([
			[inset.x, inset.y],
			[inset.x + inset.w, inset.y + inset.h]
		]);
	const frame = geoPath(main).digits(1)(outline(inset.lon, inset.lat)) ?? '';
	const mainPlaces = places.filter((p) => !p.inset);
	const insetPlaces = places.filter((p) => p.inset);
	const point = (projection: GeoProjection, p: StoryPlace) =>
		projection([p.lon, p.lat]) as [number, number];
	const countryNames = countryLabels
		.map(({ name: names, lon, lat, cls }) => {
			const name = names[lang];
			const [x, y] = main([lon, lat]) as [number, number];
			const minor = cls !== 'country';
			boxes.push(textBox('main', [name], x, y, minor ? 16 : 20, 'middle', minor ? 0.18 : 0.22)); // capitals are wider than average, and tracked
			return `<text class="${cls}" x="${x.toFixed(0)}" y="${y.toFixed(0)}" text-anchor="middle">${name}</text>`;
		})
		.join('');
	const hasInset = insetPlaces.length > 0;
	if (hasInset) boxes.push(textBox('inset', [text.insetTitle], inset.x + 8, inset.y + 20, 18));
	boxes.push(textBox('main', [text.credit], width - 6, height - 8, 13, 'end'));
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" lang="${lang}">`,
		`<title id="t">${text.title}</title><desc id="d">${text.description}</desc>`,
		`<style>${mapStyle}</style>`,
		`<rect class="sea" width="${width}" height="${height}"/>`,
		countryPaths(countriesOf(countries110), main, mainWindow.lon, mainWindow.lat),
		countryNames,
		hasInset ? `<path class="frame" d="${frame}"/>` : '',
		mainPlaces.map((p) => marker(labels, p, point(main, p), lang, boxes)).join(''),
		hasInset
			? [
					`<g><rect class="inset-bg" x="${inset.x}" y="${inset.y}" width="${inset.w}" height="${inset.h}"/>`,
					countryPaths(countriesOf(countries50), close, inset.lon, inset.lat),
					insetPlaces.map((p) => marker(labels, p, point(close, p), lang, boxes)).join(''),
					`<rect class="inset-frame" x="${inset.x}" y="${inset.y}" width="${inset.w}" height="${inset.h}"/>`,
					`<text class="inset-title" x="${inset.x + 8}" y="${inset.y + 20}">${text.insetTitle}</text></g>`
				].join('')
			: '',
		`<text class="credit" x="${width - 6}" y="${height - 8}" text-anchor="end">${text.credit}</text>`,
		'</svg>'
	].join('');
	return { svg, boxes };
}

const cache = new Map<string, ReturnType<typeof render>>();

function drawn(lesson: MapLesson, lang: Lang) {
	const key = `${lesson.slug}/${lang}`;
	let map = cache.get(key);
	if (!map) cache.set(key, (map = render(lesson, lang)));
	return map;
}

/**
 * A lesson's map in one language (computed on first use, then kept: a lesson's places never change
 * at run time).
 */
export function storyMapSvg(lesson: MapLesson, lang: Lang): string {
	return drawn(lesson, lang).svg;
}

/**
 * Every text on the map and every marker (named in brackets), as estimated boxes: a spec checks
 * that none overlaps another in either language.
 */
export function storyMapBoxes(lesson: MapLesson, lang: Lang): readonly LabelBox[] {
	return drawn(lesson, lang).boxes;
}

/** The map's size and where the close-up sits on it. */
export const storyMapFrame = {
	width,
	height,
	inset: { x0: inset.x, y0: inset.y, x1: inset.x + inset.w, y1: inset.y + inset.h }
} as const;
