/**
 * A small sentence splitter for mention contexts: splits after `.`, `!`, `?` (and
 * any closing quotes) before a capital, digit or opening quote, but not after
 * abbreviations (`Mr.`, `Dr.`, `Jan.`), initials (`J. K.`) or dotted acronyms (`U.S.`).
 */

/** A sentence as offsets into its paragraph text; `text.slice(start, end)` has no outer whitespace. */
export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'revd', 'gen', 'col', 'capt', 'lt', 'sgt', 'gov',
  'sen', 'rep', 'hon', 'cllr', 'messrs', 'mt', 'no', 'nos', 'vol', 'vs', 'v', 'inc', 'ltd', 'co', 'corp', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx', 'dept', 'est', 'ave', 'rd',
]);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

/** Splits paragraph text into sentence ranges, in order, covering every non-space character. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    const hardBreak = ch === '\n' && text[i + 1] === '\n';
    if (!hardBreak && !TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    if (!hardBreak && !isBoundary(text, i, end)) continue;
    push(ranges, text, start, hardBreak ? i : end);
    start = skipSpace(text, end);
    i = start - 1;
  }
  push(ranges, text, start, text.length);
  return ranges;
}

/**
 * The sentence of `text` holding the character at `offset` (the last sentence when past the end).
 * @param bounds flat `[start, end, start, end, …]` offsets of `splitSentences(text)`
 */
export function sentenceAt(text: string, bounds: readonly number[], offset: number): string {
  let lo = 0;
  let hi = bounds.length / 2 - 1;
  if (hi < 0) return '';
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid * 2]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(bounds[lo * 2], bounds[lo * 2 + 1]);
}

function isBoundary(text: string, at: number, end: number): boolean {
  if (end < text.length && !/\s/.test(text[end]!)) return false;
  const next = text[skipSpace(text, end)];
  if (next === undefined) return true;
  if (!/[\p{Lu}\p{N}"'\u201c\u2018(\[]/u.test(next)) return false;
  if (text[at] !== '.') return true;
  const word = wordBefore(text, at);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital (an initial) or dotted letters (`U.S`, `e.g`) before the dot.
  return !/^\p{Lu}$/u.test(word) && !/^(\p{L}\.)+\p{L}$/u.test(word);
}

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function push(ranges: SentenceRange[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e > start) ranges.push({ start, end: e });
}
