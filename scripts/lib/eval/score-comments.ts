/**
 * Scores reader comments (a bonus line): a key comment is found when an extracted
 * comment has the same author (normalised) and, where the key dates it, the same date.
 */
import type { KeyArticle } from './answer-key.ts';
import { maximumMatching } from './match-bipartite.ts';
import { normaliseName } from './normalise.ts';
import type { EvalComment, Scored } from './types.ts';

/**
 * Matches the article's extracted comments to the key's, one to one.
 * @param key the key's comments
 * @param extracted the comments in the article's metadata
 */
export function scoreComments(key: KeyArticle['comments'], extracted: readonly EvalComment[]): Scored {
  const matches = maximumMatching(key.length, extracted.length, (k, e) => {
    const want = key[k];
    const got = extracted[e];
    if (!want || !got) return false;
    return normaliseName(want.author) === normaliseName(got.author) && (want.date === null || want.date === got.date);
  });
  const matchedKey = new Set(matches.map((m) => m.left));
  const matchedExtracted = new Set(matches.map((m) => m.right));
  const misses = key.filter((_, i) => !matchedKey.has(i)).map((c) => `${c.author} ${c.date ?? ''}`.trim());
  const falsePositives = extracted
    .filter((_, i) => !matchedExtracted.has(i))
    .map((c) => `${c.author} ${c.date ?? ''}`.trim());
  return { tp: matches.length, fp: falsePositives.length, fn: misses.length, absorbed: 0, misses, falsePositives };
}
