/**
 * The report's only style sheet, inlined: A4 portrait with margins, a font
 * stack that has Chinese glyphs, tables that wrap rather than overflow, and
 * the chart colours (the same classes colour a bar and its legend swatch).
 */
export const STYLE = `
@page { size: A4 portrait; margin: 14mm 12mm; }
:root { --ink: #1d2330; --muted: #5b6475; --rule: #d5d9e0; --mark: #fff2b3; }
* { box-sizing: border-box; }
html { font-family: "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; padding: 8px; max-width: 186mm; overflow-wrap: anywhere; }
h1 { font-size: 17pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 1px solid var(--rule); padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 14px 0 4px; }
p, li { margin: 3px 0; } .meta { color: var(--muted); margin: 0; } .note { color: var(--muted); font-size: 9pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6px 0; font-size: 9pt; }
th, td { border-bottom: 1px solid var(--rule); padding: 3px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f5f8; font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } td.num { white-space: nowrap; overflow-wrap: normal; }
table.wide td.num { white-space: normal; overflow-wrap: anywhere; }
.summary td.num { font-size: 10.5pt; font-weight: 600; }
.ceiling { color: var(--muted); font-style: italic; }
svg.chart { width: 100%; height: auto; display: block; margin: 6px 0; }
svg .grid { stroke: #e3e6eb; stroke-width: 1; } svg .tick { font-size: 10px; fill: var(--muted); } svg .axis { stroke: var(--muted); }
svg .line { fill: none; stroke-width: 2; } svg .break { stroke: #b3261e; stroke-dasharray: 4 3; } svg .break-label { font-size: 10px; fill: #b3261e; }
.outline { fill: none; stroke: #5b6475; stroke-dasharray: 3 2; stroke-width: 1.2; }
.c0 { fill: #2f6db5; stroke: #2f6db5; } .c1 { fill: #e08a1e; stroke: #e08a1e; } .c2 { fill: #3a9a5b; stroke: #3a9a5b; } .c3 { fill: #8a5cc2; stroke: #8a5cc2; }
.c4 { fill: #c4455a; stroke: #c4455a; } .c5 { fill: #2a9ca6; stroke: #2a9ca6; } .c6 { fill: #8c6d3f; stroke: #8c6d3f; } .c7 { fill: #6b7280; stroke: #6b7280; }
svg .line.c0, svg .line.c1, svg .line.c2, svg .line.c3, svg .line.c4, svg .line.c5, svg .line.c6, svg .line.c7 { fill: none; }
.legend { list-style: none; padding: 0; margin: 2px 0 6px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 9pt; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 5px; vertical-align: -1px; }
.swatch.c0 { background: #2f6db5; } .swatch.c1 { background: #e08a1e; } .swatch.c2 { background: #3a9a5b; } .swatch.c3 { background: #8a5cc2; }
.swatch.c4 { background: #c4455a; } .swatch.c5 { background: #2a9ca6; } .swatch.c6 { background: #8c6d3f; } .swatch.c7 { background: #6b7280; }
.swatch.outline { border: 1.2px dashed #5b6475; }
.source p { margin: 6px 0; } mark { background: var(--mark); padding: 0 1px; } mark:target { outline: 2px solid #e08a1e; }
a { color: #1f5aa6; text-decoration: none; } sup a { font-size: 8pt; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
footer { margin-top: 24px; color: var(--muted); font-size: 8.5pt; }
section { break-inside: auto; } tr, svg.chart, figure { break-inside: avoid; } h2, h3 { break-after: avoid; }
figure { margin: 0; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } }
`;
