/**
 * Splits one segment's text into word tokens with exact offsets, and marks the
 * facts the name rules need: tokens inside URLs (never mentions), clause-initial
 * tokens (where a capital letter says nothing), possessives, and tokens inside
 * short title-cased quotations (petition and report titles, not names).
 */
import { ABBREVIATIONS } from './word-lists.ts';

/** A word of segment text. Offsets are UTF-16 indices into the segment text. */
export interface Token {
  /** The word without a possessive ending. */
  text: string;
  start: number;
  /** End of `text` (before any possessive ending). */
  end: number;
  /** End including a possessive `'s` / `’s` / plural `s'`. */
  fullEnd: number;
  possessive: boolean;
  /** Capitalisation is uninformative here: sentence, quotation, bracket or clause start. */
  initial: boolean;
  /** Inside a URL or e-mail address. */
  inUrl: boolean;
  /** Inside a short quotation written in title case ("‘Keep Profit Out of Child Protection’"). */
  inTitleQuote: boolean;
}

// "A/S", "I/S": Danish and Norwegian company forms are one word.
const WORD = /[AIKP]\/S(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[’'\-‐.&][\p{L}\p{M}\p{N}]+)*|&/gu;
// Bare domains only in lower case: "Amazon.com" written with a capital is a company name.
const URL = /<?(?:[hH][tT][tT][pP][sS]?:\/\/|www\.)[^\s<>]+>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b(?:\/[^\s<>]*)?/g;
const MAYBE_URL = /:\/\/|www\.|@|\.(?:com|org|net|gov|edu|io|uk)\b/i;
const QUOTE = /“[^”\n]{1,120}”|‘[^’\n]{1,120}’(?![\p{L}])|(?<![\p{L}\p{N}])"[^"\n]{1,120}"|(?<![\p{L}\p{N}])'[^'\n]{1,120}'(?![\p{L}])/gu;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'to', 'at', 'by', 'with', 'or', '&']);

/** Tokenises one segment's text. */
export function tokenizeSegment(text: string): Token[] {
  // The URL pattern is slow on long prose, so it only runs where a URL could be.
  const urls = MAYBE_URL.test(text) ? ranges(text, URL) : [];
  const quotes = ranges(text, QUOTE).filter(([s, e]) => isTitleCased(text.slice(s, e)));
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    let fullEnd = start + word.length;
    let possessive = false;
    if (/.[’']s$/i.test(word) && !/^[\p{Lu}][’']s$/u.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s$/.test(word) && /^[’'](?![\p{L}\p{N}])/u.test(text.slice(fullEnd, fullEnd + 2))) {
      fullEnd += 1;
      possessive = true;
    }
    const previous = tokens.at(-1);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      fullEnd,
      possessive,
      initial: isInitial(text.slice(previous?.fullEnd ?? 0, start), previous),
      inUrl: urls.some(([s, e]) => start < e && fullEnd > s),
      inTitleQuote: quotes.some(([s, e]) => start > s && fullEnd < e),
    });
  }
  return tokens;
}

/** True when a full stop after this token does not end a sentence (Mr., U.S., J.). */
export function isAbbreviation(token: Token): boolean {
  return ABBREVIATIONS.has(token.text.toLowerCase()) || /^\p{Lu}$/u.test(token.text) || /\p{L}\.\p{L}/u.test(token.text);
}

function isInitial(gap: string, previous: Token | undefined): boolean {
  if (!previous) return true;
  if (/[“‘(\[{]$|(?:^|\s)["']$/.test(gap)) return true;
  if (/[:;•|#*—–]/.test(gap) || /\s-\s/.test(gap) || /\n\s*\n/.test(gap)) return true;
  if (/[!?…]/.test(gap)) return true;
  if (/\./.test(gap)) return !isAbbreviation(previous) || /\.\s*["”’')\]]/.test(gap);
  return false;
}

function ranges(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** A quotation of 3-12 words, most of them capitalised, is a title, not running prose. */
function isTitleCased(quote: string): boolean {
  const words = quote.match(/[\p{L}][\p{L}\p{M}’'-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 12 || content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}
