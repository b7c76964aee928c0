/**
 * Splits a paragraph into sentences without breaking inside quotations, after
 * abbreviations (`Sen.`, `Mr.`, `Calif.`) or initials, so that a quotation and its
 * attribution stay in one sentence.
 */
import type { QuoteSpan } from './find-quote-spans.ts';
import { ABBREVIATIONS, STATE_ABBREVIATIONS } from './lexicon.ts';

/** A sentence as a [start, end) range of the paragraph text. */
export interface SentenceRange {
  start: number;
  end: number;
}

const NEXT_STARTS_SENTENCE = /^\s+[\p{Lu}\p{N}"\u201C\u2018'(\[]/u;

/** Sentence ranges of `text`, in order, covering it without gaps. */
export function splitSentences(text: string, quotes: readonly QuoteSpan[]): SentenceRange[] {
  const cuts: number[] = [];
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    while (q < quotes.length && (quotes[q]!.close ?? quotes[q]!.end) < i) q++;
    const quote = quotes[q];
    const c = text[i]!;
    if (quote && i === quote.close) {
      // A quotation that ends a sentence inside its marks ends the outer sentence too.
      if (/[.!?\u2026]$/.test(text.slice(quote.start, quote.end).trimEnd()) && NEXT_STARTS_SENTENCE.test(text.slice(i + 1))) {
        cuts.push(i + 1);
      }
      continue;
    }
    if (quote && i >= quote.open && i < (quote.close ?? quote.end)) continue;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /[)\]]/.test(text[j]!)) j++;
    if (!NEXT_STARTS_SENTENCE.test(text.slice(j, j + 3))) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    cuts.push(j);
  }
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) ranges.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

function isAbbreviation(text: string, dot: number): boolean {
  const window = text.slice(Math.max(0, dot - 12), dot);
  const before = /([\p{L}.]+)$/u.exec(window)?.[1] ?? '';
  if (before.length === 0) return false;
  // Initials (`J.`, `U.S.`) and listed abbreviations.
  if (/^\p{Lu}$/u.test(before) || /^(\p{Lu}\.)+\p{Lu}$/u.test(before)) return true;
  const lower = before.toLowerCase();
  if (STATE_ABBREVIATIONS.has(lower)) return /[-,]\s*[\p{L}.]+$/u.test(window);
  return ABBREVIATIONS.has(lower);
}
