/**
 * Turns per-article extractions into the site's data files: resolve entities across
 * articles, apply curation, assign permanent ids, then compute relations.
 *
 * With what an earlier run left (`PreviousRun`), the relations are redone only for the
 * entities, dates and articles a change reaches, and the earlier files are patched.
 */
import { hash } from 'node:crypto';
import type { EntityCuration } from '../../src/schemas/curation.ts';
import type { DateEntity, Figure, Organisation, Permalink, Person, Quote } from '../../src/schemas/entities.ts';
import { applyCuration } from './apply-curation.ts';
import { articleLinks } from './article-links.ts';
import { assignIds } from './assign-ids.ts';
import { buildRelations, entityIndexes, type Relations, type ResolvedEntity } from './build-relations.ts';
import { mergeEntries, splitEntries, type ReusedEntry } from './incremental/merge-entries.ts';
import type { EntityLink } from './remark-entity-links.ts';
import { resolveEntities } from './resolve-entities.ts';
import { buildDates } from './resolve/build-dates.ts';
import { buildFigures } from './resolve/build-figures.ts';
import { isCountedDate } from './resolve/counted-mentions.ts';
import { compareStrings, describeCluster } from './resolve/describe-cluster.ts';
import type { ArticleInput } from './resolve/types.ts';

export type { ArticleInput } from './resolve/types.ts';

/** Every generated entity data file, plus warnings for the build log. */
export interface DataFiles {
  people: Person[];
  organisations: Organisation[];
  dates: DateEntity[];
  quotes: Quote[];
  figures: Figure[];
  permalinks: Permalink[];
  warnings: string[];
}

/** Data files in which an entry may be one kept, as text, from the earlier run's file. */
export type PatchedDataFiles = { [K in keyof DataFiles]: K extends 'warnings' | 'permalinks' ? DataFiles[K] : (DataFiles[K][number] | ReusedEntry)[] };

/** What one article fed into the data files, kept for the next run. */
export interface ArticleRecord {
  /** The article's id. */
  id: string;
  /** A digest of the entity id of each of its local names, in order: a change means its names resolve otherwise. */
  targets: string;
  /** Entities whose entries it feeds: its members and the people and organisations its roles name. */
  touched: string[];
  /** Date ids it feeds: dates it names and the date it was published. */
  dates: string[];
  warnings: string[];
}

/** The data files a run patches; the others (articles, permalinks) are always built whole. */
export const PATCHED_FILES = ['people', 'organisations', 'dates', 'quotes', 'figures'] as const;
export type PatchedFileName = (typeof PATCHED_FILES)[number];

/** What an earlier run left: its records and its files. */
export interface PreviousRun {
  /** Digest of everything global the entries depend on (entity names and ids, curation); see `globalDigest`. */
  global: string;
  /** Per article (aligned with `articles`), the record the earlier run kept for the same text and id, or null. */
  records: (ArticleRecord | null)[];
  /** Records of articles the earlier run had that are gone now (deleted, or changed). */
  removed: ArticleRecord[];
  /** The earlier run's bytes of a data file, or null when there is none to trust. */
  bytes(name: PatchedFileName): Buffer | null;
}

export interface BuiltDataFiles {
  files: PatchedDataFiles;
  /**
   * The entity and date links of article `index` (of `articles`) for its MDX, worked out when asked
   * for. The function holds the articles: a caller that keeps it past resolution keeps them too.
   */
  links(index: number): EntityLink[];
  /** Per article, what the next run needs; its `targets` and `global`, with the article's extraction, determine its links. */
  records: ArticleRecord[];
  global: string;
  /** True when the earlier files were patched; false when everything was built. */
  patched: boolean;
}

/**
 * Builds the data files. Deterministic and independent of the order of `articles`.
 * @param articles one entry per article; `id` is the article's slug
 * @param curation the `entities` part of `content/curation.yaml`
 * @param previousPermalinks every id published before: kept, and never given to a new entity
 */
export function buildDataFiles(articles: ArticleInput[], curation: EntityCuration, previousPermalinks: Permalink[]): DataFiles {
  return updateDataFiles(articles, curation, previousPermalinks, null).files as DataFiles;
}

/**
 * buildDataFiles, patching an earlier run's files when it can. The result is the same as a full
 * build: the earlier entries kept are exactly those no changed input reaches.
 */
export function updateDataFiles(articles: ArticleInput[], curation: EntityCuration, previousPermalinks: Permalink[], previous: PreviousRun | null): BuiltDataFiles {
  // 1. Group local entities that name the same person or organisation.
  const clusters = resolveEntities(articles);
  // 2. Hand-written fixes: reject, retype, merge, rename, add roles.
  const curated = applyCuration(clusters, articles, curation);
  // 3. Names, then permanent ids (earlier ids kept; lost ones redirect).
  const described = curated.clusters.map((c) => ({ ...describeCluster(c, articles), renamed: c.renamed }));
  const ids = assignIds(described, previousPermalinks.filter((p) => p.kind !== 'date'), articles.map((a) => a.id));
  const assigned = { ...ids, permalinks: withDatePages(ids.permalinks, articles, previousPermalinks) };
  const entities: ResolvedEntity[] = described.map((d, i) => ({ ...d, id: assigned.ids[i]!, cluster: curated.clusters[i]! }));
  const entityOf = entityIndexes(articles, entities);
  const global = globalDigest(entities, curation);
  // A digest, not the ids themselves: one is kept per article (at 100,000 articles, 40 MB less heap).
  const targets = entityOf.map((of) => hash('sha1', Array.from(of, (t) => (t < 0 ? '' : entities[t]!.id)).join(' '), 'base64'));
  const links = lazyLinks(articles, entityOf, entities.map(({ id, kind }) => ({ id, kind })));
  const warnings = [...curated.warnings, ...assigned.warnings];

  const texts = previous?.global === global ? earlierEntries(previous) : null;
  if (!previous || !texts) {
    // 4. Mentions, reverse index, co-occurrence, roles and quotes in one pass.
    const relations = buildRelations(articles, entities, { entityOf });
    const files = {
      people: relations.people,
      organisations: relations.organisations,
      // 5. Dates and figures need no resolution across articles.
      dates: buildDates(articles),
      quotes: relations.quotes,
      figures: buildFigures(articles),
      permalinks: assigned.permalinks,
      warnings: [...warnings, ...relations.warnings],
    };
    return { files, links, records: records(articles, targets, relations, entities, null), global, patched: false };
  }

  // 4'. Articles whose text, id or resolved names changed, and what their earlier versions fed.
  const changed = articles.flatMap((_, i) => (previous.records[i]?.targets === targets[i] ? [] : [i]));
  const stale = [...previous.removed, ...changed.flatMap((i) => previous.records[i] ?? [])];
  const dirty = new Set(stale.flatMap((r) => r.touched));
  const dirtyDates = new Set(stale.flatMap((r) => r.dates));
  const dirtyArticles = new Set([...stale.map((r) => r.id), ...changed.map((i) => articles[i]!.id)]);
  // What the changed articles feed now (a first walk of those alone), then every article feeding any of it.
  for (const w of buildRelations(articles, entities, { only: new Set(changed), entityOf }).walked.values()) for (const t of w.touched) dirty.add(entities[t]!.id);
  for (const i of changed) for (const d of datesOf(articles[i]!)) dirtyDates.add(d);
  const feeding = new Set(changed);
  const feedingDates = new Set(changed);
  previous.records.forEach((r, i) => {
    if (r && r.touched.some((id) => dirty.has(id))) feeding.add(i);
    if (r && r.dates.some((d) => dirtyDates.has(d))) feedingDates.add(i);
  });
  const relations = buildRelations(articles, entities, { only: feeding, entityOf });
  const byArticle = (entry: { article: string }) => entry.article;
  const byId = (entry: { id: string }) => entry.id;
  const only = <T>(list: T[], keep: Set<string>, key: (entry: T) => string) => list.filter((e) => keep.has(key(e)));
  const files: PatchedDataFiles = {
    people: mergeEntries(texts.people, 'id', dirty, only(relations.people, dirty, byId), byId),
    organisations: mergeEntries(texts.organisations, 'id', dirty, only(relations.organisations, dirty, byId), byId),
    dates: mergeEntries(texts.dates, 'id', dirtyDates, only(buildDates(articles.filter((_, i) => feedingDates.has(i))), dirtyDates, byId), byId),
    quotes: mergeEntries(texts.quotes, 'article', dirtyArticles, only(relations.quotes, dirtyArticles, byArticle), byArticle),
    figures: mergeEntries(texts.figures, 'article', dirtyArticles, buildFigures(changed.map((i) => articles[i]!)), byArticle),
    permalinks: assigned.permalinks,
    warnings: [],
  };
  const kept = records(articles, targets, relations, entities, previous.records);
  const inOrder = articles.map((_, i) => i).sort((x, y) => compareStrings(articles[x]!.id, articles[y]!.id));
  files.warnings = [...warnings, ...inOrder.flatMap((i) => kept[i]!.warnings)];
  return { files, links, records: kept, global, patched: true };
}

// Closures made out here hold only their arguments: one made inside updateDataFiles would hold
// every variable any of its closures uses (V8 shares one context per scope), the clusters included.
function lazyLinks(articles: ArticleInput[], entityOf: Int32Array[], refs: { id: string; kind: ResolvedEntity['kind'] }[]): (index: number) => EntityLink[] {
  return (i) => articleLinks(articles[i]!, entityOf[i]!, refs);
}

/** Digest of the inputs every entry may depend on beyond its own articles: a change to it means a full build. */
function globalDigest(entities: ResolvedEntity[], curation: EntityCuration): string {
  const names = entities.map((e) => [e.id, e.kind, e.name, e.aliases, e.acronym, e.cluster.roles]);
  return hash('sha256', JSON.stringify([names, curation]), 'base64');
}

/** The earlier run's entries of each patched file, or null when one of them is missing or not as written. */
function earlierEntries(previous: PreviousRun): Record<PatchedFileName, Buffer[]> | null {
  const out: Partial<Record<PatchedFileName, Buffer[]>> = {};
  for (const name of PATCHED_FILES) {
    const bytes = previous.bytes(name);
    if (bytes === null) return null;
    try {
      out[name] = splitEntries(bytes);
    } catch {
      return null;
    }
  }
  return out as Record<PatchedFileName, Buffer[]>;
}

/**
 * Permalinks with every date page this build publishes (each date, its month and its year, as
 * the site's date tree has them) and every date page published before, so that one no article
 * names any more keeps its URL, as a "removed" page.
 */
function withDatePages(permalinks: Permalink[], articles: ArticleInput[], previous: Permalink[]): Permalink[] {
  const pages = new Set(previous.filter((p) => p.kind === 'date').map((p) => p.id));
  for (const a of articles) for (const iso of datesOf(a)) for (const page of [iso, iso.slice(0, 7), iso.slice(0, 4)]) pages.add(page);
  // (Ids are one namespace in the site's permalinks collection: an article headlined "1917" keeps its id.)
  const taken = new Set(permalinks.map((p) => p.id));
  const dates = [...pages].filter((id) => !taken.has(id)).map((id): Permalink => ({ id, kind: 'date', current: id }));
  return [...permalinks, ...dates].sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.kind, b.kind));
}

/** The date ids an article feeds: resolved dates it names, and its publication date. */
function datesOf(article: ArticleInput): string[] {
  const named = article.extraction.dates.filter(isCountedDate).map((d) => d.iso);
  return [...new Set([...named, ...(article.published ? [article.published] : [])])].sort(compareStrings);
}

/** Each article's record: fresh for the articles walked, the earlier one for the rest. */
function records(articles: ArticleInput[], targets: string[], relations: Relations, entities: ResolvedEntity[], earlier: (ArticleRecord | null)[] | null): ArticleRecord[] {
  return articles.map((a, i) => {
    const walked = relations.walked.get(i);
    if (!walked) return earlier![i]!;
    const touched = Array.from(walked.touched, (t) => entities[t]!.id).sort(compareStrings);
    return { id: a.id, targets: targets[i]!, touched, dates: datesOf(a), warnings: walked.warnings };
  });
}
