/**
 * One paragraph prepared for relation extraction: its quotation spans, sentences,
 * entity mentions, and a masked copy of the text in which quoted words are blanked
 * out, so that words inside quotations never act as speech verbs or subjects.
 */
import type { LocalEntity, Segment } from '../types.ts';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.ts';
import { splitSentences, type SentenceRange } from './split-sentences.ts';

/** An entity mention located in a paragraph. */
export interface MentionRef {
  start: number;
  end: number;
  entity: LocalEntity;
}

/** A paragraph with everything the relation rules look up. */
export interface ParagraphView {
  paragraph: number;
  kind: Segment['kind'];
  text: string;
  /** `text` with URLs (and, when masked, quoted words) replaced by spaces: same length, same offsets. */
  masked: string;
  quotes: QuoteSpan[];
  sentences: SentenceRange[];
  /** Mentions (outside quotation marks when quotes are masked), sorted by start (longest first on ties). */
  mentions: MentionRef[];
  /** Word tokens of `masked`, in order. */
  words: WordToken[];
}

/** A word of the masked text and its offsets. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const URL = /<?\bhttps?:\/\/[^\s>]+>?|\bwww\.[^\s>]+/g;

/**
 * Builds views of the given segments, in paragraph order.
 * @param quoted `mask` blanks quoted words and drops mentions inside quotations (for attribution);
 *   `keep` leaves them (for roles, which may be stated inside a quotation: "[Education Secretary] Michael Gove").
 */
export function buildParagraphViews(segments: readonly Segment[], entities: readonly LocalEntity[], quoted: 'mask' | 'keep' = 'mask'): ParagraphView[] {
  const byParagraph = new Map<number, MentionRef[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = byParagraph.get(m.paragraph) ?? [];
      list.push({ start: m.start, end: m.end, entity });
      byParagraph.set(m.paragraph, list);
    }
  }
  return [...segments]
    .sort((a, b) => a.paragraph - b.paragraph)
    .map((segment) => {
      const quotes = findQuoteSpans(segment.text);
      const inQuote = (m: MentionRef) => quotes.some((q) => m.start >= q.start && m.end <= q.end);
      const mentions = (byParagraph.get(segment.paragraph) ?? [])
        .filter((m) => quoted === 'keep' || !inQuote(m))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const masked = maskText(segment.text, quoted === 'mask' ? quotes : []);
      return {
        paragraph: segment.paragraph,
        kind: segment.kind,
        text: segment.text,
        masked,
        quotes,
        sentences: splitSentences(segment.text, quotes),
        mentions,
        words: tokenize(masked),
      };
    });
}

function maskText(text: string, quotes: readonly QuoteSpan[]): string {
  let out = text.replace(URL, (url) => ' '.repeat(url.length));
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*/gu;

function tokenize(masked: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of masked.matchAll(WORD)) {
    const word = m[0].replace(/[.'’\-]+$/, '');
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Mentions lying wholly inside [start, end). */
export function mentionsIn(view: ParagraphView, start: number, end: number): MentionRef[] {
  return view.mentions.filter((m) => m.start >= start && m.end <= end);
}

/** The mention starting at `pos` after optional spaces, if any. */
export function mentionAt(view: ParagraphView, pos: number): MentionRef | undefined {
  let p = pos;
  while (p < view.masked.length && /\s/.test(view.masked[p]!)) p++;
  return view.mentions.find((m) => m.start === p);
}

/** Word tokens of `masked` lying within [start, end). */
export function wordsIn(view: ParagraphView, start: number, end: number): WordToken[] {
  const words = view.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < words.length && words[stop]!.end <= end) stop++;
  return words.slice(lo, stop);
}

/** The sentence holding offset `pos`. */
export function sentenceAt(view: ParagraphView, pos: number): { start: number; end: number } {
  return view.sentences.find((s) => pos >= s.start && pos < s.end) ?? { start: 0, end: view.text.length };
}
