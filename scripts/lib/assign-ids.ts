/**
 * Permanent entity ids. An entity keeps the id it was published under; a new entity
 * takes the slug of its canonical name unless any id ever published has it, then the
 * first free `-2`, `-3`… in a stable order; an id that disappears redirects.
 */
import type { Permalink } from '../../src/schemas/entities.ts';
import { compareFirst, compareStrings } from './resolve/describe-cluster.ts';
import type { EntityDescription } from './resolve/types.ts';
import { slugId, slugify, type EntityId } from './slugify.ts';

/** What id assignment needs to know about one entity. */
export interface IdRequest extends Pick<EntityDescription, 'kind' | 'name' | 'aliases' | 'first' | 'articles'> {
  /** Renamed by curation: keeps only an id made from its new name. */
  renamed: boolean;
}

export interface IdAssignment {
  /** `ids[i]` is the id of `requests[i]`. */
  ids: EntityId[];
  /** Every id ever published (previous ones kept), articles included, sorted by id. */
  permalinks: Permalink[];
  warnings: string[];
}

interface Claim {
  id: string;
  entity: number;
  score: number[];
}

/**
 * Assigns ids, independent of input order.
 * @param previous permalinks of the last build (every id ever published)
 * @param articleIds ids of the articles in this build (they share the permalink namespace)
 */
export function assignIds(requests: IdRequest[], previous: Permalink[], articleIds: string[]): IdAssignment {
  const warnings: string[] = [];
  const currentArticles = new Set(articleIds);
  const previousArticles = new Set(previous.filter((p) => p.kind === 'article').map((p) => p.id));
  // Stable rank: earliest mention, then name and kind; adding articles can reorder it, so it only breaks ties.
  const rank = requests.map((_, i) => i).sort((a, b) => compareRequests(requests[a]!, requests[b]!));
  const rankOf = new Array<number>(requests.length);
  rank.forEach((entity, r) => (rankOf[entity] = r));

  const bySlug = new Map<string, number[]>();
  requests.forEach((r, i) => {
    for (const slug of new Set([r.name, ...r.aliases].map(slugify))) if (slug) push(bySlug, slug, i);
  });

  // 1. Previously live ids go back to the entities that hold their names.
  const previousById = new Map(previous.map((p) => [p.id, p]));
  const live = previous.filter((p) => p.kind !== 'article' && p.current === p.id);
  const claims: Claim[] = [];
  for (const p of live) {
    if (currentArticles.has(p.id)) {
      warnings.push(`permalinks: ${p.kind} id "${p.id}" is now an article id; the ${p.kind} gets a new id`);
      continue;
    }
    const base = p.id.replace(/-\d+$/, '');
    const candidates = new Set([...(bySlug.get(p.id) ?? []), ...(base !== p.id ? (bySlug.get(base) ?? []) : [])]);
    for (const i of candidates) {
      const r = requests[i]!;
      const own = slugify(r.name);
      const quality = own === p.id ? 0 : own === base ? 1 : bySlug.get(p.id)?.includes(i) ? 2 : 3;
      const existed = r.articles.some((a) => previousArticles.has(a)) ? 0 : 1;
      // ("Ray Jones" renamed "Professor Ray Jones", then the rename undone: the live id is only an alias's now,
      // and the entity's own id redirects to it. Step 2 gives the own id back and this one redirects there.)
      if (!r.renamed && quality >= 2 && redirectChain(slugId(r.name, r.kind), previousById, currentArticles).at(-1) === p.id) continue;
      // Published before outranks renamed (a curated entity keeps its id when a newcomer takes its name), and
      // renamed outranks the rest (a rename onto another entity's name never takes that entity's published id).
      claims.push({ id: p.id, entity: i, score: [r.kind === p.kind ? 0 : 1, existed, r.renamed ? 1 : 0, quality, rankOf[i]!] });
    }
  }
  claims.sort((a, b) => compareScores(a.score, b.score) || compareStrings(a.id, b.id));
  const ids = new Array<EntityId | undefined>(requests.length);
  const holder = new Map<string, number>();
  const successor = new Map<string, number>();
  for (const c of claims) {
    if (!successor.has(c.id)) successor.set(c.id, c.entity);
    // A renamed entity leaves its old-name ids behind as redirects.
    if (holder.has(c.id) || ids[c.entity] !== undefined || (requests[c.entity]!.renamed && c.score[3]! > 1)) continue;
    ids[c.entity] = c.id as EntityId;
    holder.set(c.id, c.entity);
  }

  // 2. An entity whose own slug was published and later redirected to an id nobody holds now
  // takes its slug back ("Ray Jones" renamed "Raymond Jones", then the rename undone): the old
  // URL is live again and the abandoned one redirects to it, instead of a fresh "ray-jones-2".
  for (const i of rank) {
    if (ids[i] !== undefined) continue;
    const own = slugId(requests[i]!.name, requests[i]!.kind);
    const chain = redirectChain(own, previousById, currentArticles);
    if (chain.length === 0 || previousById.get(own)?.kind !== requests[i]!.kind || chain.some((id) => holder.has(id) || successor.has(id))) continue;
    ids[i] = own;
    holder.set(own, i);
    for (const id of chain) successor.set(id, i);
  }

  // 3. New entities, in stable order, take the first id nobody ever had.
  const taken = new Set([...previous.map((p) => p.id), ...currentArticles]);
  for (const i of rank) {
    if (ids[i] !== undefined) continue;
    const r = requests[i]!;
    let n = 1;
    while (taken.has(slugId(r.name, r.kind, n))) n++;
    ids[i] = slugId(r.name, r.kind, n);
    taken.add(ids[i]!);
  }
  const final = ids as EntityId[];

  // 4. Permalinks: live ids, redirects for ids that moved, articles, and everything older.
  const result = new Map<string, Permalink>();
  // An id whose kind curation changed keeps the kinds it was published as, so their pages redirect.
  final.forEach((id, i) => {
    const kind = requests[i]!.kind;
    const before = previousById.get(id);
    const former = [...new Set([...(before?.formerKinds ?? []), ...(before && (before.kind === 'person' || before.kind === 'organisation') ? [before.kind] : [])])].filter((k) => k !== kind).sort();
    result.set(id, former.length > 0 ? { id, kind, current: id, formerKinds: former } : { id, kind, current: id });
  });
  const resolve = (id: string, seen: Set<string>): string | null => {
    const live = result.get(id);
    if (live && live.current === id) return id;
    const next = successor.get(id);
    if (next !== undefined) return final[next]!;
    const p = previousById.get(id);
    if (!p || p.current === id || seen.has(id)) return null;
    seen.add(id);
    return resolve(p.current, seen);
  };
  for (const p of previous) {
    if (result.has(p.id) || p.kind === 'article' || currentArticles.has(p.id)) continue;
    const current = resolve(p.id, new Set());
    if (current === null) warnings.push(`permalinks: ${p.kind} "${p.id}" no longer resolves to an entity`);
    result.set(p.id, { id: p.id, kind: p.kind, current: current ?? p.current });
  }
  for (const p of previous) if (p.kind === 'article' && !result.has(p.id)) result.set(p.id, p);
  for (const id of currentArticles) if (!result.has(id)) result.set(id, { id, kind: 'article', current: id });
  const permalinks = [...result.values()].sort((a, b) => compareStrings(a.id, b.id));
  return { ids: final, permalinks, warnings };
}

/** The ids a published redirect `id` leads through, itself first; empty unless `id` is an entity redirect whose chain ends. */
function redirectChain(id: string, previousById: ReadonlyMap<string, Permalink>, articles: ReadonlySet<string>): string[] {
  const chain: string[] = [];
  for (let p = previousById.get(id); p && p.kind !== 'article' && !articles.has(p.id); p = previousById.get(p.current)) {
    if (chain.includes(p.id)) return [];
    chain.push(p.id);
    if (p.current === p.id) return chain.length > 1 ? chain : [];
  }
  return [];
}

function compareRequests(a: IdRequest, b: IdRequest): number {
  return compareFirst(a.first, b.first) || compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind);
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
