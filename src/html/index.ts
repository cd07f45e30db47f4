/**
 * chip-incentives/html: reports as self-contained HTML pages with charts of
 * money over time and the source beside the figures. An entry of its own, so
 * that the main entry carries no chart code.
 */
export { renderReport, type HtmlRenderOptions } from './render-report.js';
