/**
 * Works out a cluster's canonical name, aliases, acronym and first mention from
 * its member local entities. Depends only on the set of members, never their order.
 */
import type { LocalEntity } from '../types.ts';
import { isAcronymLike, personTokens, stripHonorifics } from './normalise.ts';
import type { ArticleInput, Cluster, EntityDescription } from './types.ts';

const NO_ARTICLE = '\uffff';

/** Describes a cluster. Canonical: curation's name, else the most frequent full form (ties alphabetical), never a short form when a full one exists. */
export function describeCluster(cluster: Cluster, articles: ArticleInput[]): EntityDescription {
  const locals: [string, LocalEntity][] = cluster.members.map((m) => [
    articles[m.article]!.id,
    articles[m.article]!.extraction.entities[m.entity]!,
  ]);
  const name = cluster.name ?? canonicalName(cluster.kind, locals.map(([, e]) => e));
  const forms = new Set<string>();
  const acronyms = new Map<string, number>();
  const articleIds = new Set<string>();
  let first: [string, number, number] = [NO_ARTICLE, 0, 0];
  for (const [articleId, e] of locals) {
    forms.add(e.name);
    if (e.acronym) {
      forms.add(e.acronym);
      count(acronyms, e.acronym);
    } else if (cluster.kind === 'organisation' && isAcronymLike(e.name)) {
      count(acronyms, e.name);
    }
    for (const m of e.mentions) {
      forms.add(m.text);
      articleIds.add(articleId);
      if (compareFirst([articleId, m.paragraph, m.start], first) < 0) first = [articleId, m.paragraph, m.start];
    }
  }
  forms.delete(name);
  acronyms.delete(name);
  return {
    kind: cluster.kind,
    name,
    aliases: [...forms].filter((f) => f.trim() !== '').sort(compareStrings),
    acronym: cluster.kind === 'organisation' ? mostFrequent(acronyms) : null,
    first,
    articles: [...articleIds].sort(compareStrings),
  };
}

/** The canonical name of a set of local entities (see `describeCluster`). */
export function canonicalName(kind: LocalEntity['kind'], locals: LocalEntity[]): string {
  const counts = new Map<string, number>();
  for (const e of locals) count(counts, kind === 'person' ? stripHonorifics(e.name) : withoutLowercaseThe(e.name));
  const isFull = kind === 'person' ? (n: string) => personTokens(n).length >= 2 : (n: string) => !isAcronymLike(n);
  const full = new Map([...counts].filter(([n]) => isFull(n)));
  return mostFrequent(full.size > 0 ? full : counts) ?? locals[0]?.name ?? '';
}

/** `the College of Social Work` -> `College of Social Work`; a capitalised `The Guardian` is part of the name. */
function withoutLowercaseThe(name: string): string {
  const trimmed = name.trim();
  return /^the\s+\S/.test(trimmed) ? trimmed.replace(/^the\s+/, '') : trimmed;
}

/** Orders earliest mentions: article id, then paragraph, then offset. */
export function compareFirst(a: [string, number, number], b: [string, number, number]): number {
  return compareStrings(a[0], b[0]) || a[1] - b[1] || a[2] - b[2];
}

/** Code-point order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && compareStrings(key, best) < 0)) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}
