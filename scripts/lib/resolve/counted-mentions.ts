/**
 * Which mentions count, in one place: the entity and date pages, the article links and the
 * incremental records must all count the same ones, or a patched build would differ from a
 * full one.
 */
import type { LocalDate, Span } from '../types.ts';
import type { ArticleInput } from './types.ts';

/**
 * Calls `visit` for each mention of a resolved local name, once: a span the extractor gave twice
 * (same entity, paragraph and offset) counts once, and an empty one not at all.
 * @param targets per local entity of the article, the index of its entity, -1 when dropped
 */
export function forEachMention(article: ArticleInput, targets: Int32Array, visit: (target: number, mention: Span) => void): void {
  const seen = new Set<string>();
  article.extraction.entities.forEach((local, i) => {
    const target = targets[i]!;
    if (target < 0) return;
    for (const m of local.mentions) {
      const key = `${target}:${m.paragraph}:${m.start}`;
      if (seen.has(key) || m.text === '') continue;
      seen.add(key);
      visit(target, m);
    }
  });
}

/** True for a date mention that has a date page: resolved, and with text. */
export function isCountedDate(date: LocalDate): date is LocalDate & { iso: string } {
  return date.iso !== null && date.span.text !== '';
}
