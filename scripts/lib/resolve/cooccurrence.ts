/**
 * Co-occurrence of people and organisations: how many articles two entities share.
 * One pass per article over its entity set; each set is capped at its most
 * mentioned entities so an article naming hundreds of entities stays cheap.
 */
import type { EntityKind } from '../types.ts';
import { compareStrings } from './describe-cluster.ts';

/** Entities per article that take part, by mentions in that article. */
export const MAX_PER_ARTICLE = 25;
/** Co-occurring entities kept per entity. */
export const MAX_COOCCURS = 20;

export interface CooccurrenceEntry {
  id: string;
  kind: EntityKind;
  count: number;
}

/**
 * @param perArticle for each article, entity index -> mentions in that article
 * @param entities entity index -> id and kind
 * @returns entity index -> the top entries by shared articles, then id
 */
export function cooccurrences(perArticle: Map<number, number>[], entities: { id: string; kind: EntityKind }[]): CooccurrenceEntry[][] {
  const shared: (Map<number, number> | undefined)[] = new Array(entities.length);
  for (const counts of perArticle) {
    const members = [...counts.keys()]
      .sort((a, b) => counts.get(b)! - counts.get(a)! || compareStrings(entities[a]!.id, entities[b]!.id))
      .slice(0, MAX_PER_ARTICLE);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        bump(shared, members[i]!, members[j]!);
        bump(shared, members[j]!, members[i]!);
      }
    }
  }
  return entities.map((_, i) =>
    [...(shared[i] ?? new Map<number, number>())]
      .map(([other, count]) => ({ id: entities[other]!.id, kind: entities[other]!.kind, count }))
      .sort((a, b) => b.count - a.count || compareStrings(a.id, b.id))
      .slice(0, MAX_COOCCURS),
  );
}

function bump(shared: (Map<number, number> | undefined)[], from: number, to: number): void {
  let map = shared[from];
  if (!map) shared[from] = map = new Map();
  map.set(to, (map.get(to) ?? 0) + 1);
}
