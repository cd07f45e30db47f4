import { printable } from '../schema/printable.js';

/**
 * What a value must not do in a Markdown report, and the characters escaped
 * (with a backslash, which CommonMark and GitHub read as "this character as
 * text") to prevent it. Line breaks and control characters never get here:
 * `printable` has written them as `\uXXXX` first, so a value stays on its line
 * and cannot start a heading, a list, a quote or a table row.
 *
 * | characters | what they would do in a value                                          |
 * | ---------- | ---------------------------------------------------------------------- |
 * | `\`        | undo the escapes below (and `\uXXXX` would lose its backslash)         |
 * | `<` `>`    | raw HTML (`<script>`, `<img onerror>`) and autolinks (`<javascript:…>`) |
 * | `[` `]`    | links, images, footnotes and reference definitions (`[text](url)`)     |
 * | `` ` ``    | code spans, which show their content unescaped                         |
 * | `*` `~`    | emphasis and strikethrough                                             |
 * | `_`        | emphasis, except between two letters or digits (`file_name`), where    |
 * |            | CommonMark never reads it so                                            |
 * | `\|`       | end a table cell                                                        |
 * | `&`        | entity references (`&lt;`, `&#x202E;` would decode to a bidi override)  |
 * | `$`        | maths (`$…$`) on GitHub                                                 |
 * | `@`        | e-mail autolinks (`a@b.example`, `mailto:`)                             |
 * | `:` of `://` | bare-URL autolinks (`https://…`)                                      |
 * | `.` of `www.` | bare-URL autolinks (`www.…`)                                         |
 *
 * Everything else (letters, digits, Chinese, `#`, `-`, `+`, `(`, `)` inside a
 * line) means nothing to Markdown there and is kept as it is, so that the
 * report stays readable as plain text too.
 */
const MARKDOWN_SIGNIFICANT = /[\\<>[\]`*~|&$@]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|:(?=\/\/)|(?<=www)\./giu;

/**
 * A value (a name, a label, a quote) written into Markdown so that it shows as
 * the text it is: its unprintable characters escaped by `printable`, then the
 * characters Markdown reads as markup escaped with a backslash (see above).
 *
 * @param value - any text
 * @returns the text, safe to place in a Markdown line or table cell
 *
 * @example
 * markdownText('<script>x</script> [a](javascript:b) | c\n# d');
 * //=> '\\<script\\>x\\</script\\> \\[a\\](javascript:b) \\| c\\\\u000a# d'
 */
export function markdownText(value: string): string {
  return printable(value).replace(MARKDOWN_SIGNIFICANT, (char) => `\\${char}`);
}
