/**
 * The map's own colours: it is served as an image, so it cannot read the page's custom properties;
 * it follows the reader's colour scheme with the same values as app.css. Labels have a halo, so
 * they stay readable (AA) over land, borders and sea.
 */
export const mapStyle = [
	'svg{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;--sea:#e7eff8;--land:#f4f5f7;--edge:#ffffff;--ru:#a8c0e4;--nk:#f0a493;--ink:#16202e;--soft:#3f4a5a;--halo:#ffffff;--pin:#b42318;--frame:#14305c}',
	'@media (prefers-color-scheme:dark){svg{--sea:#0c1219;--land:#222b37;--edge:#0f141b;--ru:#2c4f82;--nk:#8a4236;--ink:#eef2f6;--soft:#c5ced9;--halo:#0f141b;--pin:#ff8b7b;--frame:#8fb8ff}}',
	'.sea{fill:var(--sea)}.land,.russia,.nkorea{stroke:var(--edge);stroke-width:1;stroke-linejoin:round}',
	'.land{fill:var(--land)}.russia{fill:var(--ru)}.nkorea{fill:var(--nk)}',
	'text{fill:var(--ink);paint-order:stroke;stroke:var(--halo);stroke-width:5px;stroke-linejoin:round}',
	'.place{font-size:24px;font-weight:700}.small{font-size:21px}.country{font-size:20px;font-weight:800;letter-spacing:.12em;fill:var(--soft)}',
	'.minor{font-size:16px;font-weight:600;letter-spacing:.08em}',
	'.pin{fill:var(--pin);stroke:var(--halo);stroke-width:2.5}.region{fill:var(--pin);fill-opacity:.18;stroke:var(--pin);stroke-width:2.5;stroke-dasharray:5 3}',
	'.frame,.inset-frame{fill:none;stroke:var(--frame);stroke-width:2.5}.inset-bg{fill:var(--sea)}',
	'.inset-title{font-size:18px;font-weight:700}.credit{font-size:13px;fill:var(--soft)}'
].join('');
