import { geoBounds, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json';
import countries110 from 'world-atlas/countries-110m.json';
import { storyPlaces, type StoryPlace } from '$lib/content/places';
import type { Lang } from '$lib/i18n/langs';
import { mapText, placeLabels } from './labels';
import { mapStyle } from './style';

/** The story map as one SVG document per language, drawn once from Natural Earth data (world-atlas). */

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

function marker(place: StoryPlace, [x, y]: [number, number], lang: Lang, scale = 1): string {
	const label = placeLabels[place.id];
	const at = place.inset ? label.inset : label.main;
	const shape =
		place.kind === 'region'
			? `<circle class="region" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${14 * scale}"/>`
			: place.kind === 'site'
				? `<rect class="pin" x="${(x - 6).toFixed(1)}" y="${(y - 6).toFixed(1)}" width="12" height="12" transform="rotate(45 ${x.toFixed(1)} ${y.toFixed(1)})"/>`
				: `<circle class="pin" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="7"/>`;
	const lines = (label.lines?.[lang] ?? place.name[lang]).split('\n');
	const tx = x + (at?.dx ?? 12);
	const ty = y + (at?.dy ?? 5);
	const text = lines
		.map((line, i) => `<tspan x="${tx.toFixed(1)}" dy="${i === 0 ? 0 : '1.1em'}">${line}</tspan>`)
		.join('');
	return `${shape}<text class="place${place.inset ? ' small' : ''}" x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="${at?.anchor ?? 'start'}">${text}</text>`;
}

function render(lang: Lang): string {
	const text = mapText[lang];
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
	const mainPlaces = storyPlaces.filter((p) => !p.inset);
	const insetPlaces = storyPlaces.filter((p) => p.inset);
	const point = (projection: GeoProjection, p: StoryPlace) =>
		projection([p.lon, p.lat]) as [number, number];
	const countryLabels = text.countries
		.map(({ name, lon, lat, cls }) => {
			const [x, y] = main([lon, lat]) as [number, number];
			return `<text class="${cls}" x="${x.toFixed(0)}" y="${y.toFixed(0)}" text-anchor="middle">${name}</text>`;
		})
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" lang="${lang}">`,
		`<title id="t">${text.title}</title><desc id="d">${text.description}</desc>`,
		`<style>${mapStyle}</style>`,
		`<rect class="sea" width="${width}" height="${height}"/>`,
		countryPaths(countriesOf(countries110), main, mainWindow.lon, mainWindow.lat),
		countryLabels,
		`<path class="frame" d="${frame}"/>`,
		mainPlaces.map((p) => marker(p, point(main, p), lang)).join(''),
		`<g><rect class="inset-bg" x="${inset.x}" y="${inset.y}" width="${inset.w}" height="${inset.h}"/>`,
		countryPaths(countriesOf(countries50), close, inset.lon, inset.lat),
		insetPlaces.map((p) => marker(p, point(close, p), lang)).join(''),
		`<rect class="inset-frame" x="${inset.x}" y="${inset.y}" width="${inset.w}" height="${inset.h}"/>`,
		`<text class="inset-title" x="${inset.x + 8}" y="${inset.y + 20}">${text.insetTitle}</text></g>`,
		`<text class="credit" x="${width - 6}" y="${height - 6}" text-anchor="end">${text.credit}</text>`,
		'</svg>'
	].join('');
}

const cache = new Map<Lang, string>();

/** The map in one language (computed on first use, then kept: the data never changes at run time). */
export function storyMapSvg(lang: Lang): string {
	let svg = cache.get(lang);
	if (!svg) cache.set(lang, (svg = render(lang)));
	return svg;
}
