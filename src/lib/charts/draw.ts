// What drawing a chart takes: chart.js and the builder of its configuration. Only ever reached
// through `loadChartDrawing()`'s dynamic import, so neither is in a page's first load.
export { Chart } from './chartjs';
export { buildChartConfig } from './config';
