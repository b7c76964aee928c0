/**
 * Keyword-in-context for mentions: the sentence of its paragraph that holds a
 * mention. Each paragraph is split once, however many mentions it has.
 */
import type { Segment } from '../types.ts';
import { sentenceAt, splitSentences, type SentenceRange } from './split-sentences.ts';

/** Returns a function from (paragraph, offset) to the sentence there (`''` for an unknown paragraph). */
export function mentionContext(segments: Segment[]): (paragraph: number, start: number) => string {
  const texts = new Map(segments.map((s) => [s.paragraph, s.text]));
  const split = new Map<number, SentenceRange[]>();
  return (paragraph, start) => {
    const text = texts.get(paragraph);
    if (text === undefined) return '';
    let ranges = split.get(paragraph);
    if (!ranges) {
      ranges = splitSentences(text);
      split.set(paragraph, ranges);
    }
    return sentenceAt(text, ranges, start);
  };
}
