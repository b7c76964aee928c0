/**
 * Keyword-in-context for mentions: the sentence of its paragraph that holds a
 * mention. Sentences are found once per article, in the cached extraction step
 * (`sentenceBounds`), so the cross-article resolver, which runs on every ingest,
 * only slices text.
 */
import type { Segment, SentenceBounds } from '../types.ts';
import { sentenceAt, splitSentences } from './split-sentences.ts';

/** Every segment's sentences, as flat `[start, end, start, end, …]` offsets. */
export function sentenceBounds(segments: Segment[]): SentenceBounds[] {
  return segments.map((s) => ({ paragraph: s.paragraph, bounds: splitSentences(s.text).flatMap((r) => [r.start, r.end]) }));
}

/**
 * Returns a function from (paragraph, offset) to the sentence there (`''` for an unknown paragraph).
 * @param sentences the article's `sentenceBounds(segments)`
 */
export function mentionContext(segments: Segment[], sentences: SentenceBounds[]): (paragraph: number, start: number) => string {
  const texts = new Map(segments.map((s) => [s.paragraph, s.text]));
  const bounds = new Map(sentences.map((s) => [s.paragraph, s.bounds]));
  return (paragraph, start) => {
    const text = texts.get(paragraph);
    if (text === undefined) return '';
    return sentenceAt(text, bounds.get(paragraph) ?? [], start);
  };
}
