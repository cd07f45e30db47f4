/** A span of a text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence ends after these, with any closing quotation marks or brackets, before a space or a line's end. */
const SENTENCE_END = /[.!?。！？]+[”"’)）]*(?=\s|$)/gu;
/** A title before a name ("Dr. Zhang") or a company form ("Co., Ltd. Jiaxing"): its full stop ends no sentence. */
const TITLE = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Co|Ltd|Inc)\.$/u;
const OPENING_MARKS = /[“"‘(（]/u;
const CLOSING_MARKS = /[”"’)）]/u;
const BLANK = /\s/u;

/** The cuts a text offers by itself: line breaks and the ends of sentences. */
function naturalCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) cuts.push(at);
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (TITLE.test(text.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    // "Co., Ltd. located": a full stop followed by a lower-case word ends no sentence.
    const next = /\S/u.exec(text.slice(end, end + 3));
    if (next && /\p{Ll}/u.test(next[0])) continue;
    cuts.push(end);
  }
  return cuts;
}

/** A kept span widened over the quotation marks that open and close it, so none is left alone. */
function widened(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && OPENING_MARKS.test(text[start - 1]!)) start -= 1;
  while (end < text.length && CLOSING_MARKS.test(text[end]!)) end += 1;
  return { start, end };
}

/**
 * A text cut into sentences that tile it: every character that is not blank
 * belongs to exactly one sentence, each sentence is trimmed of blanks, and
 * none is empty. Lines and sentence ends cut the text; each span in `keep`
 * (a quotation a pack cites) is whole sentences: the text is cut at its ends
 * and nowhere inside it, unless another kept span ends there.
 *
 * @param text - the text
 * @param keep - spans that must be whole sentences
 * @returns the sentences' spans, in order
 *
 * @example
 * splitSentences('One. Two.\nThree', []);
 * //=> [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 15 }]
 */
export function splitSentences(text: string, keep: readonly Span[]): Span[] {
  const kept = keep.map((span) => widened(text, span));
  const forced = kept.flatMap((span) => [span.start, span.end]);
  const inside = (at: number) => kept.some((span) => at > span.start && at < span.end);
  const cuts = [...new Set([0, text.length, ...forced, ...naturalCuts(text).filter((at) => !inside(at))])].sort((a, b) => a - b);
  const sentences: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && BLANK.test(text[start]!)) start += 1;
    while (end > start && BLANK.test(text[end - 1]!)) end -= 1;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
