/**
 * Cross-article entity resolution: groups the per-article LocalEntities that name
 * the same person or organisation. Linear in the number of local entities: every
 * match is a Map lookup on a normalised key, never a comparison of entity pairs.
 */
import {
  acronymKey,
  honorificGender,
  initialsVariants,
  isAcronymLike,
  organisationKey,
  personTokens,
} from './resolve/normalise.ts';
import type { ArticleInput, Cluster, MemberRef } from './resolve/types.ts';
import type { LocalEntity } from './types.ts';

export type { ArticleInput, Cluster, MemberRef } from './resolve/types.ts';

/** Surname particles: `van der Berg` is a surname on its own, like `Berg`. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'st']);

/**
 * Groups local entities into clusters.
 * - People: same full name (after normalisation) are one; a surname-only entity joins
 *   the one full-name person with that surname in the corpus, and stays apart when
 *   there are several (or an honorific says another gender).
 * - Organisations: same normalised name are one; an acronym-only entity joins the one
 *   organisation that defines that acronym, else the one whose initials spell it.
 * @returns clusters in first-seen order (callers sort by id later)
 */
export function resolveEntities(articles: ArticleInput[]): Cluster[] {
  const people = new Map<string, Cluster>();
  const organisations = new Map<string, Cluster>();
  const bareSurnames: [MemberRef, string[]][] = [];
  const bareAcronyms: MemberRef[] = [];
  const at = (m: MemberRef): LocalEntity => articles[m.article]!.extraction.entities[m.entity]!;
  // Names repeat across articles: normalise each distinct one once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (name: string): string[] => {
    let tokens = tokenCache.get(name);
    if (!tokens) tokenCache.set(name, (tokens = personTokens(name)));
    return tokens;
  };

  articles.forEach((article, a) => {
    article.extraction.entities.forEach((e, i) => {
      const ref = { article: a, entity: i };
      if (e.kind === 'person') {
        const tokens = tokensOf(e.name);
        if (tokens.length === 0) return;
        if (isSurnameOnly(tokens)) bareSurnames.push([ref, tokens]);
        else join(people, tokens.join(' '), 'person', ref);
      } else {
        const key = organisationKey(e.name);
        if (key === '') return;
        const definesOther = e.acronym !== null && acronymKey(e.acronym) !== acronymKey(e.name);
        if (isAcronymLike(e.name) && !definesOther) bareAcronyms.push(ref);
        else join(organisations, key, 'organisation', ref);
      }
    });
  });

  // Surname-only people: one Map from surname to the full-name people who bear it.
  // Genders come from full-name members only, so no decision depends on article order.
  const bySurname = new Map<string, Set<Cluster>>();
  const genders = new Map<Cluster, Set<string>>();
  for (const cluster of people.values()) {
    for (const m of cluster.members) {
      for (const s of surnames(tokensOf(at(m).name))) add(bySurname, s, cluster);
      const gender = honorificGender(at(m).honorific);
      if (gender) add(genders, cluster, gender);
    }
  }
  for (const [ref, tokens] of bareSurnames) {
    const key = tokens.join(' ');
    const gender = honorificGender(at(ref).honorific);
    const only = unique(bySurname.get(key));
    const known = only ? genders.get(only) : undefined;
    const conflict = gender !== null && known !== undefined && !known.has(gender);
    if (only && !conflict) only.members.push(ref);
    else join(people, key, 'person', ref);
  }

  // Acronym-only organisations: defined acronyms first, then initials of full names.
  const defined = new Map<string, Set<Cluster>>();
  const initials = new Map<string, Set<Cluster>>();
  for (const cluster of organisations.values()) {
    const names = new Set<string>();
    for (const m of cluster.members) {
      const e = at(m);
      if (e.acronym) add(defined, acronymKey(e.acronym), cluster);
      names.add(e.name);
    }
    for (const n of names) for (const v of initialsVariants(n)) add(initials, v, cluster);
  }
  for (const ref of bareAcronyms) {
    const e = at(ref);
    const key = acronymKey(e.name);
    const target = unique(defined.get(key)) ?? (defined.has(key) ? null : unique(initials.get(key)));
    if (target) target.members.push(ref);
    else join(organisations, organisationKey(e.name), 'organisation', ref);
  }
  return [...people.values(), ...organisations.values()];
}

/** One word, or particles plus one word (`van der Berg`). */
function isSurnameOnly(tokens: string[]): boolean {
  return tokens.slice(0, -1).every((t) => PARTICLES.has(t));
}

/** Surname keys a full name answers to: its last word, and with particles (`van der berg`). */
function surnames(tokens: string[]): string[] {
  if (tokens.length < 2) return [];
  const last = tokens.length - 1;
  let from = last;
  while (from > 1 && PARTICLES.has(tokens[from - 1]!)) from--;
  return from === last ? [tokens[last]!] : [tokens[last]!, tokens.slice(from).join(' ')];
}

function join(map: Map<string, Cluster>, key: string, kind: Cluster['kind'], ref: MemberRef): void {
  const cluster = map.get(key);
  if (cluster) cluster.members.push(ref);
  else map.set(key, { kind, members: [ref], name: null, renamed: false, roles: [] });
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function unique<V>(set: Set<V> | undefined): V | null {
  return set?.size === 1 ? [...set][0]! : null;
}
