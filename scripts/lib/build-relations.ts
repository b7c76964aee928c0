/**
 * Relations between resolved entities and articles, computed once: mentions with
 * their sentence, the reverse index (articles with counts), co-occurrence, roles
 * with resolved organisations, organisation people, and quotes with speaker ids.
 */
import type { Mention, Organisation, Person, Quote, Role } from '../../src/schemas/entities.ts';
import { articleQuotes } from './resolve/build-quotes.ts';
import { cooccurrences } from './resolve/cooccurrence.ts';
import { forEachMention } from './resolve/counted-mentions.ts';
import { compareStrings } from './resolve/describe-cluster.ts';
import { entityLookup, type EntityLookup } from './resolve/entity-lookup.ts';
import { mentionContext } from './resolve/mention-context.ts';
import { organisationCategory } from './resolve/organisation-category.ts';
import type { ArticleInput, Cluster, EntityDescription } from './resolve/types.ts';
import type { EntityId } from './slugify.ts';

const NO_WARNINGS: string[] = [];

/** A cluster with its description and permanent id. */
export interface ResolvedEntity extends EntityDescription {
  id: EntityId;
  cluster: Cluster;
}

export interface Relations {
  people: Person[];
  organisations: Organisation[];
  quotes: Quote[];
  warnings: string[];
  /**
   * Per article walked (by index): the entities whose entries it feeds (its members, and the
   * people and organisations its roles resolve to), and its quote warnings. An incremental
   * ingest re-walks exactly the articles that feed the entities a change reaches.
   */
  walked: Map<number, { touched: Int32Array; warnings: string[] }>;
}

export interface RelationsOptions {
  /**
   * Walk only these articles (indexes). The entries of entities every one of whose feeding
   * articles is walked are the same as in a full walk; the others are partial, for the caller to drop.
   */
  only?: ReadonlySet<number>;
  /** `entityIndexes(articles, entities)`, when the caller has it already. */
  entityOf?: Int32Array[];
}

/**
 * Builds the people, organisations and quotes files from resolved entities, in one
 * pass over the articles. Output sorted by id; independent of the order of `articles`.
 */
export function buildRelations(articles: ArticleInput[], entities: ResolvedEntity[], options: RelationsOptions = {}): Relations {
  const entityOf = options.entityOf ?? entityIndexes(articles, entities);
  const only = options.only;
  const order = articles.flatMap((_, i) => (only && !only.has(i) ? [] : [i])).sort((a, b) => compareStrings(articles[a]!.id, articles[b]!.id));
  const lookup = entityLookup(articles, entityOf, entities);
  const mentions: Mention[][] = entities.map(() => []);
  const counts: { article: string; count: number }[][] = entities.map(() => []);
  const roles: Role[][] = entities.map(() => []);
  const perArticle: Map<number, number>[] = [];
  const quotes: Quote[] = [];
  const walked: Relations['walked'] = new Map();

  for (const a of order) {
    const article = articles[a]!;
    const touched = new Set<number>();
    const context = mentionContext(article.segments, article.extraction.sentences);
    const inArticle = new Map<number, number>();
    forEachMention(article, entityOf[a]!, (target, m) => {
      mentions[target]!.push({ article: article.id, paragraph: m.paragraph, text: m.text, start: m.start, context: context(m.paragraph, m.start) });
      inArticle.set(target, (inArticle.get(target) ?? 0) + 1);
      touched.add(target);
    });
    for (const [target, count] of inArticle) counts[target]!.push({ article: article.id, count });
    perArticle.push(inArticle);
    for (const role of article.extraction.roles) {
      const person = lookup(a, role.person, 'person');
      if (person === null) continue;
      const organisation = role.organisation === null ? null : organisationOf(lookup, a, role.organisation, entities);
      roles[person]!.push({ title: role.title, organisation: organisation === null ? null : entities[organisation]!.id, organisationText: role.organisation, article: article.id, paragraph: role.paragraph });
      touched.add(person);
      if (organisation !== null) touched.add(organisation);
    }
    const found = articleQuotes(article, a, lookup, entities);
    quotes.push(...found.quotes);
    // Compact: one of these per article is held at once at 100,000 articles.
    walked.set(a, { touched: Int32Array.from(touched).sort(), warnings: found.warnings.length > 0 ? found.warnings : NO_WARNINGS });
  }
  entities.forEach((e, i) => {
    for (const r of e.cluster.roles) {
      const organisation = r.organisation === null ? null : organisationOf(lookup, -1, r.organisation, entities);
      const id = organisation === null ? null : entities[organisation]!.id;
      // A curated role the articles already state (in any case) is not listed a second time.
      if (roles[i]!.some((x) => x.article !== null && x.title.toLowerCase() === r.title.toLowerCase() && x.organisation === id)) continue;
      roles[i]!.push({ title: r.title, organisation: id, organisationText: r.organisation, article: null, paragraph: null });
    }
  });

  const people = new Map<string, Set<string>>();
  entities.forEach((e, i) => {
    if (e.kind !== 'person') return;
    for (const r of roles[i]!) if (r.organisation) add(people, r.organisation, e.id);
  });
  const cooccurs = cooccurrences(perArticle, entities);

  const personList: Person[] = [];
  const organisationList: Organisation[] = [];
  entities.forEach((e, i) => {
    const base = {
      id: e.id,
      name: e.name,
      aliases: e.aliases,
      roles: uniqueRoles(roles[i]!),
      mentions: mentions[i]!.sort((x, y) => compareStrings(x.article, y.article) || x.paragraph - y.paragraph || x.start - y.start),
      articles: counts[i]!,
      cooccurs: cooccurs[i]!,
    };
    if (e.kind === 'person') personList.push(base);
    else organisationList.push({ ...base, acronym: e.acronym, category: organisationCategory(e.name), people: [...(people.get(e.id) ?? [])].sort(compareStrings) });
  });
  const byId = (x: { id: string }, y: { id: string }) => compareStrings(x.id, y.id);
  const warnings = [...walked.values()].flatMap((w) => w.warnings);
  return { people: personList.sort(byId), organisations: organisationList.sort(byId), quotes, warnings, walked };
}

/** `entityOf[article][local]`: the index of the entity a local entity belongs to, or -1 when dropped. */
export function entityIndexes(articles: ArticleInput[], entities: { cluster: Cluster }[]): Int32Array[] {
  const entityOf = articles.map((a) => new Int32Array(a.extraction.entities.length).fill(-1));
  entities.forEach((e, index) => {
    for (const m of e.cluster.members) entityOf[m.article]![m.entity] = index;
  });
  return entityOf;
}

/** Organisation (index) for a name written with a role; a name that resolves to a person is no organisation. */
function organisationOf(lookup: EntityLookup, article: number, name: string, entities: ResolvedEntity[]): number | null {
  const index = lookup(article, name, 'organisation');
  return index !== null && entities[index]?.kind === 'organisation' ? index : null;
}

/** Curation's roles first, then by article, paragraph and title; exact repeats dropped. */
function uniqueRoles(roles: Role[]): Role[] {
  const seen = new Set<string>();
  return roles
    .filter((r) => {
      const key = JSON.stringify([r.title, r.organisation, r.organisationText, r.article, r.paragraph]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (x, y) =>
        (x.article === null ? 0 : 1) - (y.article === null ? 0 : 1) ||
        compareStrings(x.article ?? '', y.article ?? '') ||
        (x.paragraph ?? 0) - (y.paragraph ?? 0) ||
        compareStrings(x.title, y.title),
    );
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
