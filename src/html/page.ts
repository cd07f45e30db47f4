import { escapeHtml } from './escape.js';
import { STYLE } from './style.js';
import type { Locale } from '../report/texts.js';

/**
 * A whole, self-contained HTML document: its language, its title, the inline
 * style sheet and the body given. No script, no external resource.
 *
 * @param locale - the language of the page (`lang`)
 * @param title - the page's title, escaped here
 * @param body - the body's HTML, already escaped
 * @returns the document
 *
 * @example
 * htmlPage('en', 'Report', '<h1>Report</h1>').startsWith('<!doctype html>'); //=> true
 */
export function htmlPage(locale: Locale, title: string, body: string): string {
  const lang = locale === 'zh' ? 'zh-CN' : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
