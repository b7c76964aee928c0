/**
 * Scores one article's quotations: a key quote is found when an extracted quote starts
 * with the key's `starts` (normalised) and, unless only the words are scored, its
 * speaker goes by one of the key speaker's names. One-to-one matching.
 */
import type { AnswerKey } from './answer-key.ts';
import type { ViewQuote } from './article-view.ts';
import { maximumMatching } from './match-bipartite.ts';
import { normaliseName, quoteStart } from './normalise.ts';
import type { Scored } from './types.ts';

/** `speaker`: words and speaker must match; `text`: the words alone (finds attribution errors). */
export type QuoteMode = 'speaker' | 'text';

/**
 * Matches extracted quotes to the key's quotes.
 * @param key the whole answer key (speaker names are looked up in its people and organisations)
 * @param extracted this article's quotes
 */
export function scoreQuotes(key: AnswerKey, extracted: readonly ViewQuote[], mode: QuoteMode): Scored {
  const entries = [...key.people, ...key.organisations];
  const speakerNames = key.quotes.map((q) => {
    const entry = entries.find((e) => e.name === q.speaker);
    return new Set([q.speaker, ...(entry?.aliases ?? [])].map(normaliseName));
  });
  const starts = key.quotes.map((q) => quoteStart(q.starts));
  const texts = extracted.map((q) => quoteStart(q.text));
  const matches = maximumMatching(key.quotes.length, extracted.length, (k, e) => {
    const start = starts[k] ?? '';
    const text = texts[e] ?? '';
    if (start.length === 0 || !text.startsWith(start)) return false;
    return mode === 'text' || (extracted[e]?.speakerNames.some((n) => speakerNames[k]?.has(n)) ?? false);
  });
  const matchedKey = new Set(matches.map((m) => m.left));
  const matchedExtracted = new Set(matches.map((m) => m.right));
  const misses = key.quotes.filter((_, i) => !matchedKey.has(i)).map((q) => `${q.speaker}: “${q.starts}”`);
  const falsePositives = extracted
    .filter((_, i) => !matchedExtracted.has(i))
    .map((q) => `${q.speaker}: “${q.text.slice(0, 30)}”`);
  return { tp: matches.length, fp: falsePositives.length, fn: misses.length, absorbed: 0, misses, falsePositives };
}
