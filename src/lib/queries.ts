/**
 * Every collection query and sort the pages use, in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dataFile } from './content-dir.ts';
import { layoutGraph, selectGraph, type GraphEntity } from './cooccurrence-graph.ts';
import { buildDateTree } from './date-tree.ts';
import { cachedMentions, mentionsOf } from './entity-mentions.ts';
import { groupMentions, kwicLines } from './kwic.ts';
import { groupByInitial, organisationSortKey, personSortKey } from './name-sort.ts';
import type { Section } from './paths.ts';
import type { TimelinePoint } from './timeline-scale.ts';
import { DateMentionSchema, MentionSchema, type DateMention, type Mention } from '../schemas/entities.ts';

export type Article = CollectionEntry<'articles'>;

/** Articles newest first; undated ones last, by title. */
export async function articlesByDate(): Promise<Article[]> {
  const all = await getCollection('articles');
  return all.sort((a, b) => {
    const da = a.data.published ?? '';
    const db = b.data.published ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.data.displayTitle.localeCompare(b.data.displayTitle, 'en');
  });
}

/** Human-readable form of a partial ISO date: `20 June 2014`, `June 2014`, `2014`. */
export function formatIso(iso: string | null): string {
  if (!iso) return 'date unknown';
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (m === undefined) return String(y);
  const month = months[m - 1] ?? '';
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

// ---------------------------------------------------------------------------
// Fact pages (issue 4). Relations come precomputed from the data files; the few
// joins below are built once per build and memoised.
// ---------------------------------------------------------------------------

export type PersonEntry = CollectionEntry<'people'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type DateEntry = CollectionEntry<'dates'>;
export type QuoteEntry = CollectionEntry<'quotes'>;
export type FigureEntry = CollectionEntry<'figures'>;
export type EntityKind = 'person' | 'organisation';
export type EntityEntry = PersonEntry | OrganisationEntry;
/** A link target: kind, id and display name. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
  name: string;
}

/** Caps that keep a page light however often an entity is mentioned. */
export const MENTION_LIMITS = { perArticle: 50, total: 200 } as const;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

export const allPeople = once(() => getCollection('people'));
export const allOrganisations = once(() => getCollection('organisations'));
export const allDates = once(() => getCollection('dates'));
export const allQuotes = once(() => getCollection('quotes'));
export const allFigures = once(() => getCollection('figures'));
export const allPermalinks = once(() => getCollection('permalinks'));
/** Article id -> article. */
export const articleIndex = once(async () => new Map((await getCollection('articles')).map((a) => [a.data.id, a])));
const peopleIndex = once(async () => byId(await allPeople()));
const organisationIndex = once(async () => byId(await allOrganisations()));

/** Articles oldest first (the order of appearance); undated ones last, by title. */
export const articlesChronological = once(async () => [...(await articlesByDate())].sort(chronological));
function chronological(a: Article, b: Article): number {
  const da = a.data.published ?? '\uffff';
  const db = b.data.published ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a.data.displayTitle.localeCompare(b.data.displayTitle, 'en');
}
const articleRank = once(async () => new Map((await articlesChronological()).map((a, i) => [a.data.id, i])));

/** Name of a person or organisation, or null when the id is unknown. */
export async function entityRef(kind: EntityKind, id: string): Promise<EntityRef | null> {
  const entry = kind === 'person' ? (await peopleIndex()).get(id) : (await organisationIndex()).get(id);
  return entry ? { kind, id, name: entry.data.name } : null;
}

/** People or organisations ranked by mentions, then articles, then name. */
export async function mostMentioned(kind: EntityKind, limit: number): Promise<EntityEntry[]> {
  const list: EntityEntry[] = kind === 'person' ? await allPeople() : await allOrganisations();
  return [...list]
    .sort((a, b) => b.data.mentionCount - a.data.mentionCount || b.data.articles.length - a.data.articles.length || a.data.name.localeCompare(b.data.name, 'en'))
    .slice(0, limit);
}

/** People A–Z by family name, under index letters. */
export async function peopleAZ() {
  return groupByInitial(await allPeople(), (p) => personSortKey(p.data.name));
}

/** Organisations A–Z (ignoring a leading `The`), under index letters. */
export async function organisationsAZ() {
  return groupByInitial(await allOrganisations(), (o) => organisationSortKey(o.data.name));
}

/** The articles that mention an entity, oldest first, with mention counts. */
export async function entityArticles(e: EntityEntry): Promise<{ article: Article; count: number }[]> {
  const index = await articleIndex();
  const rank = await articleRank();
  return e.data.articles
    .flatMap((a) => {
      const article = index.get(a.article);
      return article ? [{ article, count: a.count }] : [];
    })
    .sort((x, y) => (rank.get(x.article.data.id) ?? 0) - (rank.get(y.article.data.id) ?? 0));
}

/** The collections whose mentions carry sentences, by data file. */
export type MentionCollection = 'people' | 'organisations' | 'dates';
const mentionFiles = {
  people: cachedMentions(dataFile('people'), MentionSchema),
  organisations: cachedMentions(dataFile('organisations'), MentionSchema),
  dates: cachedMentions(dataFile('dates'), DateMentionSchema),
};

/**
 * Mentions of one entry grouped by article (oldest first), capped by MENTION_LIMITS,
 * with KWIC lines from their sentences.
 */
export async function mentionsInContext(collection: MentionCollection, id: string, count: number) {
  const index = await articleIndex();
  const mentions: readonly (Mention | DateMention)[] = mentionsOf(dataFile(collection), id, count, mentionFiles[collection]());
  return groupMentions(mentions, await articleRank(), MENTION_LIMITS).flatMap((g) => {
    const article = index.get(g.article);
    if (!article) return [];
    const lines = kwicLines(g.shown);
    return [{ article, count: g.count, lines: g.shown.map((mention, i) => ({ mention, kwic: lines[i]! })) }];
  });
}

const quotesBySpeaker = once(async () => {
  const rank = await articleRank();
  const map = new Map<string, QuoteEntry[]>();
  for (const q of await allQuotes()) {
    const key = `${q.data.speakerKind}:${q.data.speaker}`;
    map.set(key, [...(map.get(key) ?? []), q]);
  }
  for (const list of map.values()) list.sort((a, b) => (rank.get(a.data.article) ?? 0) - (rank.get(b.data.article) ?? 0) || a.data.paragraph - b.data.paragraph);
  return map;
});

/** Quotes by a speaker in order of appearance, with their articles. */
export async function quotesBy(kind: EntityKind, id: string): Promise<{ quote: QuoteEntry; article: Article }[]> {
  const index = await articleIndex();
  return ((await quotesBySpeaker()).get(`${kind}:${id}`) ?? []).flatMap((quote) => {
    const article = index.get(quote.data.article);
    return article ? [{ quote, article }] : [];
  });
}

/** Roles of an entity with their source articles and resolved organisations. */
export async function rolesOf(e: EntityEntry) {
  const index = await articleIndex();
  return Promise.all(
    e.data.roles.map(async (role) => ({
      role,
      article: role.article ? (index.get(role.article) ?? null) : null,
      organisation: role.organisation ? await entityRef('organisation', role.organisation) : null,
    })),
  );
}

/** People with a role at an organisation, by name, with the role titles held there. */
export async function affiliatedPeople(o: OrganisationEntry): Promise<{ person: EntityRef; titles: string[] }[]> {
  const people = await peopleIndex();
  return o.data.people
    .flatMap((id) => {
      const p = people.get(id);
      if (!p) return [];
      const titles = [...new Set(p.data.roles.filter((r) => r.organisation === o.data.id).map((r) => r.title))].sort();
      return [{ person: { kind: 'person' as const, id, name: p.data.name }, titles }];
    })
    .sort((a, b) => personSortKey(a.person.name).localeCompare(personSortKey(b.person.name), 'en'));
}

/** Co-occurring people and organisations with names, most shared articles first. */
export async function cooccurring(e: EntityEntry): Promise<{ people: (EntityRef & { count: number })[]; organisations: (EntityRef & { count: number })[] }> {
  const refs = await Promise.all(e.data.cooccurs.map(async (c) => ({ ref: await entityRef(c.kind, c.id), count: c.count })));
  const named = refs.flatMap(({ ref, count }) => (ref ? [{ ...ref, count }] : []));
  const sorted = named.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  return { people: sorted.filter((r) => r.kind === 'person'), organisations: sorted.filter((r) => r.kind === 'organisation') };
}

/** Article id -> the people, organisations and dates it mentions, with counts. Inverts the reverse indexes once. */
const entitiesByArticle = once(async () => {
  type Row = EntityRef & { count: number };
  const map = new Map<string, { people: Row[]; organisations: Row[]; dates: { iso: string; count: number }[] }>();
  const slot = (id: string) => {
    let s = map.get(id);
    if (!s) map.set(id, (s = { people: [], organisations: [], dates: [] }));
    return s;
  };
  for (const p of await allPeople()) for (const a of p.data.articles) slot(a.article).people.push({ kind: 'person', id: p.data.id, name: p.data.name, count: a.count });
  for (const o of await allOrganisations()) for (const a of o.data.articles) slot(a.article).organisations.push({ kind: 'organisation', id: o.data.id, name: o.data.name, count: a.count });
  for (const d of await allDates()) for (const a of d.data.articles) slot(a.article).dates.push({ iso: d.data.iso, count: a.count });
  const byCount = (a: Row, b: Row) => b.count - a.count || a.name.localeCompare(b.name, 'en');
  for (const s of map.values()) {
    s.people.sort(byCount);
    s.organisations.sort(byCount);
    s.dates.sort((a, b) => (a.iso < b.iso ? -1 : 1));
  }
  return map;
});

/** People, organisations and dates an article mentions. */
export async function articleEntities(articleId: string) {
  return (await entitiesByArticle()).get(articleId) ?? { people: [], organisations: [], dates: [] };
}

/** Every date page (day, month, year), including months and years built only to hold others. */
export const dateTree = once(async () => {
  const dates = await allDates();
  const articles = [...(await articleIndex()).values()].map((a) => ({ id: a.data.id, published: a.data.published }));
  return buildDateTree(
    dates.map((d) => ({ iso: d.data.iso, mentions: d.data.mentionCount })),
    articles,
  );
});

/** Every date page by its ISO value: built once, not once per date page (quadratic at 10,000 articles). */
export const dateNodes = once(async () => new Map((await dateTree()).map((n) => [n.iso, n])));

/** Points for the visual timeline: every named date with its mentions and exact-date publications. */
export async function timelinePoints(): Promise<TimelinePoint[]> {
  const exact = new Map<string, number>();
  for (const a of (await articleIndex()).values()) if (a.data.published) exact.set(a.data.published, (exact.get(a.data.published) ?? 0) + 1);
  return (await dateTree()).filter((n) => n.named).map((n) => ({ iso: n.iso, mentions: n.mentions, published: exact.get(n.iso) ?? 0 }));
}

/** All quotes grouped by speaker (A–Z), each speaker's quotes in order of appearance. */
export async function quotesIndex() {
  const groups: { speaker: EntityRef & { hasPage: boolean }; quotes: { quote: QuoteEntry; article: Article }[] }[] = [];
  for (const key of (await quotesBySpeaker()).keys()) {
    const [kind, id] = key.split(':') as [EntityKind, string];
    const ref = await entityRef(kind, id);
    // A speaker id with no entity (dropped by curation) still shows its quotes, unlinked.
    const speaker = ref ? { ...ref, hasPage: true } : { kind, id, name: id, hasPage: false };
    groups.push({ speaker, quotes: await quotesBy(kind, id) });
  }
  const sortKey = (r: EntityRef) => (r.kind === 'person' ? personSortKey(r.name) : organisationSortKey(r.name));
  return groups.sort((a, b) => sortKey(a.speaker).localeCompare(sortKey(b.speaker), 'en'));
}

/** All figures in order of appearance (article date, then paragraph), with their articles. */
export async function figuresIndex(): Promise<{ figure: FigureEntry; article: Article }[]> {
  const index = await articleIndex();
  const rank = await articleRank();
  return (await allFigures())
    .flatMap((figure) => {
      const article = index.get(figure.data.article);
      return article ? [{ figure, article }] : [];
    })
    .sort((a, b) => (rank.get(a.article.data.id) ?? 0) - (rank.get(b.article.data.id) ?? 0) || a.figure.data.paragraph - b.figure.data.paragraph || (a.figure.data.id < b.figure.data.id ? -1 : 1));
}

const SECTION_OF = { article: 'articles', person: 'people', organisation: 'organisations', date: 'dates' } as const;

/**
 * Retired ids: every permalink whose id no longer has a page, with the page it now
 * resolves to (chains followed; null when the successor is gone too).
 */
export async function retiredIds(): Promise<{ section: Section; id: string; target: { id: string; title: string; section: Section } | null }[]> {
  const permalinks = await allPermalinks();
  const live: Record<Section, Map<string, string>> = {
    articles: new Map([...(await articleIndex()).values()].map((a) => [a.data.id, a.data.title ?? a.data.displayTitle])),
    people: new Map((await allPeople()).map((p) => [p.data.id, p.data.name])),
    organisations: new Map((await allOrganisations()).map((o) => [o.data.id, o.data.name])),
    dates: new Map((await dateTree()).map((n) => [n.iso, n.iso])),
  };
  const next = new Map(permalinks.map((p) => [`${p.data.kind}:${p.data.id}`, p.data.current]));
  // Every id once published without a page now gets one: a redirect, or a "removed" page (a rejected entity).
  const moved = permalinks
    .filter((p) => !live[SECTION_OF[p.data.kind]].has(p.data.id))
    .map((p) => {
      const section = SECTION_OF[p.data.kind];
      let id = p.data.current;
      // Follow renames of renames; the seen set stops cycles.
      for (const seen = new Set([p.data.id]); !live[section].has(id) && !seen.has(id); ) {
        seen.add(id);
        id = next.get(`${p.data.kind}:${id}`) ?? id;
      }
      const title = live[section].get(id);
      return { section, id: p.data.id, target: title === undefined ? null : { id, title, section } };
    });
  // A person made an organisation (or back) by curation: the page of the kind it was published as points across.
  const recast = permalinks.flatMap((p) => {
    const title = live[SECTION_OF[p.data.kind]].get(p.data.id);
    if (title === undefined) return [];
    return (p.data.formerKinds ?? []).map((k) => SECTION_OF[k]).filter((section) => !live[section].has(p.data.id)).map((section) => ({ section, id: p.data.id, target: { id: p.data.id, title, section: SECTION_OF[p.data.kind] } }));
  });
  return [...moved, ...recast].sort((a, b) => (a.section + a.id < b.section + b.id ? -1 : 1));
}

/** The co-occurrence picture of the `limit` entities in the most articles. */
export async function cooccurrenceGraph(limit: number) {
  const node = (kind: EntityKind) => (e: EntityEntry): GraphEntity => ({
    id: e.data.id,
    kind,
    name: e.data.name,
    articles: e.data.articles.length,
    mentions: e.data.mentionCount,
    cooccurs: e.data.cooccurs,
  });
  const entities = [...(await allPeople()).map(node('person')), ...(await allOrganisations()).map(node('organisation'))];
  return layoutGraph(selectGraph(entities, limit));
}

/** Counts and the date range for the home page. */
export async function archiveSummary() {
  const articles = await articlesChronological();
  const dated = articles.flatMap((a) => (a.data.published ? [a.data.published] : []));
  return {
    articles: articles.length,
    people: (await allPeople()).length,
    organisations: (await allOrganisations()).length,
    quotes: (await allQuotes()).length,
    figures: (await allFigures()).length,
    first: dated[0] ?? null,
    last: dated.at(-1) ?? null,
    publications: [...new Set(articles.flatMap((a) => (a.data.publication ? [a.data.publication] : [])))].sort(),
  };
}

/** Articles newest first, grouped by year of publication (undated last, year null). */
export async function articlesByYear(): Promise<{ year: string | null; articles: Article[] }[]> {
  const groups: { year: string | null; articles: Article[] }[] = [];
  for (const a of await articlesByDate()) {
    const year = a.data.published?.slice(0, 4) ?? null;
    const last = groups.at(-1);
    if (last && last.year === year) last.articles.push(a);
    else groups.push({ year, articles: [a] });
  }
  return groups;
}

/**
 * The timeline as text: every named date in order with its first `perDate` sentences
 * (KWIC, oldest article first) and the articles published on exactly that date.
 */
export async function timelineEntries(perDate = 3) {
  const index = await articleIndex();
  const entries = new Map((await allDates()).map((d) => [d.data.iso, d]));
  const out = [];
  for (const node of await dateTree()) {
    if (!node.named) continue;
    const count = entries.get(node.iso)?.data.mentionCount ?? 0;
    const groups = await mentionsInContext('dates', node.iso, count);
    const lines = groups.flatMap((g) => g.lines.map((l) => ({ ...l, article: g.article }))).slice(0, perDate);
    const published = node.published.flatMap((id) => {
      const a = index.get(id);
      return a && a.data.published === node.iso ? [a] : [];
    });
    out.push({ node, lines, more: count - lines.length, published });
  }
  return out;
}
