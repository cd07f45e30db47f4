import { escapeHtml } from './escape.js';
import { sentenceNumbers, type SourceLedger } from './source-ledger.js';
import { HTML_TEXTS } from './texts.js';
import type { Locale } from '../report/texts.js';

/**
 * The sources of an assessment: each document's sentences, every cited one
 * highlighted (`<mark id="s…">`, the target of the items' links) and linked
 * back to the items that cite it.
 *
 * @example
 * sourceSection(ledgersOf(json), 'en').includes('<mark id="s0-0">'); //=> true
 */
export function sourceSection(ledgers: readonly SourceLedger[], locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const numbers = sentenceNumbers(ledgers);
  const documents = ledgers.map((ledger, ledgerIndex) => {
    const sentences = ledger.sentences.map((sentence, index) => {
      if (sentence.items.length === 0) return `<span>${escapeHtml(sentence.text)}</span>`;
      const back = sentence.items.map((item) => `<a href="#item-${item}">#${item}</a>`).join(' ');
      const anchor = `s${ledgerIndex}-${index}`;
      return `<mark id="${anchor}">[${numbers.get(anchor) ?? ''}] ${escapeHtml(sentence.text)}</mark> <sup>${escapeHtml(t.citedBy)} ${back}</sup>`;
    });
    const body = ledger.whole ? `<p>${sentences.join(' ')}</p>` : sentences.map((sentence) => `<p>${sentence}</p>`).join('');
    return `<h3>${escapeHtml(ledger.document)}</h3>${ledger.whole ? '' : `<p class="note">${escapeHtml(t.sourcePartial)}</p>`}${body}`;
  });
  return `<section class="source"><h2 id="source">${escapeHtml(t.source)}</h2>${documents.join('')}</section>`;
}
