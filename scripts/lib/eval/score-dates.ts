/**
 * Scores one article's dates as sets of ISO values: an optional key value is neither
 * missed nor counted false when extracted.
 */
import type { KeyDate } from './answer-key.ts';
import type { ViewDate } from './article-view.ts';
import type { Scored } from './types.ts';

/**
 * Compares the ISO values extracted for an article with the key's.
 * @param key the key's date entries for this article
 * @param extracted date values with a mention in this article
 */
export function scoreDates(key: readonly KeyDate[], extracted: readonly ViewDate[]): Scored {
  const required = new Set(key.filter((d) => !d.optional).map((d) => d.iso));
  const optional = new Set(key.filter((d) => d.optional && !required.has(d.iso)).map((d) => d.iso));
  const found = new Map(extracted.map((d) => [d.iso, d.texts]));
  const misses = [...required]
    .filter((iso) => !found.has(iso))
    .sort()
    .map((iso) => `${iso} (${textsFor(key, iso)})`);
  const falsePositives = [...found.keys()]
    .filter((iso) => !required.has(iso) && !optional.has(iso))
    .sort()
    .map((iso) => `${iso} (${(found.get(iso) ?? []).join(' | ')})`);
  return {
    tp: [...required].filter((iso) => found.has(iso)).length,
    fp: falsePositives.length,
    fn: misses.length,
    absorbed: [...optional].filter((iso) => found.has(iso)).length,
    misses,
    falsePositives,
  };
}

function textsFor(key: readonly KeyDate[], iso: string): string {
  return key
    .filter((d) => d.iso === iso && !d.optional)
    .map((d) => d.text)
    .join(' | ');
}
