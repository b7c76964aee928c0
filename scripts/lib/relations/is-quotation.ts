/**
 * Tells real quotations from scare quotes and titles: a quotation has at least six
 * words and is neither written in Title Case nor introduced as a name ("a petition
 * entitled '…'", "banners reading '…'", "the song '…'").
 */
import type { QuoteSpan } from './find-quote-spans.ts';
import type { ParagraphView } from './paragraph-view.ts';

/** Fewest words a quotation needs; shorter quoted phrases are scare quotes or fragments. */
export const MIN_QUOTE_WORDS = 6;

const TITLE_CUES = new Set([
  'entitled', 'titled', 'headlined', 'dubbed', 'nicknamed', 'named', 'reading', 'marked', 'so-called', 'slogan',
  'hashtag', 'song', 'album', 'book', 'film', 'movie', 'play', 'show', 'programme', 'program', 'series', 'documentary',
  'novel', 'poem', 'exhibition', 'campaign', 'banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'headline', 'motto',
]);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'is', 'as', 'but', 'nor']);

/** The quoted words of a span: no outer marks, trailing comma or colon dropped. */
export function quotedWords(view: ParagraphView, quote: QuoteSpan): string {
  return view.text.slice(quote.start, quote.end).trim().replace(/[\s,;:]+$/, '');
}

/** Number of words in a text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * True when the span holds a quotation rather than a scare quote, a fragment or a title.
 * @param words the quoted words, when they differ from the span's own (a quotation split by its attribution)
 */
export function isQuotation(view: ParagraphView, quote: QuoteSpan, words: string = quotedWords(view, quote)): boolean {
  if (countWords(words) < MIN_QUOTE_WORDS) return false;
  const cue = /([\p{L}-]+)[\s,:]*$/u.exec(view.masked.slice(Math.max(0, quote.open - 30), quote.open))?.[1]?.toLowerCase();
  if (cue && TITLE_CUES.has(cue)) return false;
  return !isTitleCase(words);
}

function isTitleCase(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
  const significant = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  return significant.length >= 2 && capitalised / significant.length >= 0.75;
}
