/**
 * Finds the resolved entity behind a name written in an article (a quote's speaker,
 * a role's person or organisation): the article's own entities first, then the corpus.
 */
import type { EntityKind } from '../types.ts';
import { acronymKey, isAcronymLike, organisationKey, personKey, surfaceKey } from './normalise.ts';
import type { ArticleInput } from './types.ts';

/** The names of one resolved entity, as the lookup indexes them. */
export interface LookupEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  acronym: string | null;
}

/** Resolves names to entity indexes; null when unknown or ambiguous. `article` -1 searches only the corpus. */
export type EntityLookup = (article: number, name: string, kind: EntityKind | null) => number | null;

/**
 * Builds the lookup. Inside an article: exact local name, then any surface form
 * (case and quote style ignored). Across the corpus: the one entity with that normalised
 * name, alias or acronym.
 * @param entityOf `entityOf[article][localIndex]`: entity index, or -1 when dropped
 */
export function entityLookup(articles: ArticleInput[], entityOf: Int32Array[], entities: LookupEntity[]): EntityLookup {
  const global = new Map<string, Set<number>>();
  entities.forEach((e, i) => {
    for (const n of [e.name, ...e.aliases]) add(global, globalKey(e.kind, n), i);
    if (e.acronym) add(global, `acronym:${acronymKey(e.acronym)}`, i);
  });
  // One article at a time: callers walk articles in turn, so a one-slot cache keeps memory flat.
  let cached = -1;
  let local = new Map<string, Set<number>>();

  return (article, name, kind) => {
    if (article >= 0 && cached !== article) {
      local = articleIndex(articles[article]!, entityOf[article]!);
      cached = article;
    }
    const kinds: EntityKind[] = kind ? [kind, other(kind)] : ['person', 'organisation'];
    for (const k of article >= 0 ? kinds : []) {
      const hit = only(local.get(`${k}:=${name}`)) ?? only(local.get(`${k}:~${surfaceKey(name)}`));
      if (hit !== null) return hit;
    }
    for (const k of kinds) {
      const hit = only(global.get(globalKey(k, name)));
      if (hit !== null) return hit;
    }
    return isAcronymLike(name) ? only(global.get(`acronym:${acronymKey(name)}`)) : null;
  };
}

function articleIndex(article: ArticleInput, entityOf: Int32Array): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  article.extraction.entities.forEach((e, i) => {
    const target = entityOf[i]!;
    if (target < 0) return;
    add(index, `${e.kind}:=${e.name}`, target);
    const forms = [e.name, ...e.mentions.map((m) => m.text), ...(e.acronym ? [e.acronym] : [])];
    for (const f of new Set(forms.map(surfaceKey))) add(index, `${e.kind}:~${f}`, target);
  });
  return index;
}

function globalKey(kind: EntityKind, name: string): string {
  const key = kind === 'person' ? personKey(name) : organisationKey(name);
  // An empty key (a name of punctuation only) must never match another such name.
  return key === '' ? `${kind}:\u0000${name}` : `${kind}:${key}`;
}

function other(kind: EntityKind): EntityKind {
  return kind === 'person' ? 'organisation' : 'person';
}

function only(set: Set<number> | undefined): number | null {
  return set?.size === 1 ? [...set][0]! : null;
}

function add(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
