/**
 * Turns per-article extractions into the site's data files: resolve entities across
 * articles, apply curation, assign permanent ids, then compute relations.
 */
import type { EntityCuration } from '../../src/schemas/curation.ts';
import type { DateEntity, Figure, Organisation, Permalink, Person, Quote } from '../../src/schemas/entities.ts';
import { applyCuration } from './apply-curation.ts';
import { assignIds } from './assign-ids.ts';
import { buildRelations, type ResolvedEntity } from './build-relations.ts';
import { resolveEntities } from './resolve-entities.ts';
import { buildDates } from './resolve/build-dates.ts';
import { buildFigures } from './resolve/build-figures.ts';
import { describeCluster } from './resolve/describe-cluster.ts';
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

/**
 * Builds the data files. Deterministic and independent of the order of `articles`.
 * @param articles one entry per article; `id` is the article's slug
 * @param curation the `entities` part of `content/curation.yaml`
 * @param previousPermalinks every id published before: kept, and never given to a new entity
 */
export function buildDataFiles(articles: ArticleInput[], curation: EntityCuration, previousPermalinks: Permalink[]): DataFiles {
  // 1. Group local entities that name the same person or organisation.
  const clusters = resolveEntities(articles);
  // 2. Hand-written fixes: reject, retype, merge, rename, add roles.
  const curated = applyCuration(clusters, articles, curation);
  // 3. Names, then permanent ids (earlier ids kept; lost ones redirect).
  const described = curated.clusters.map((c) => ({ ...describeCluster(c, articles), renamed: c.renamed }));
  const assigned = assignIds(described, previousPermalinks, articles.map((a) => a.id));
  const entities: ResolvedEntity[] = described.map((d, i) => ({ ...d, id: assigned.ids[i]!, cluster: curated.clusters[i]! }));
  // 4. Mentions, reverse index, co-occurrence, roles and quotes in one pass.
  const relations = buildRelations(articles, entities);
  return {
    people: relations.people,
    organisations: relations.organisations,
    // 5. Dates and figures need no resolution across articles.
    dates: buildDates(articles),
    quotes: relations.quotes,
    figures: buildFigures(articles),
    permalinks: assigned.permalinks,
    warnings: [...curated.warnings, ...assigned.warnings, ...relations.warnings],
  };
}
