/**
 * Serialises every article to MDX (serializeArticle), reusing the cached text
 * when the serializer's inputs are unchanged, and spreading the rest over
 * worker threads. Cache key: the tree, the frontmatter and the links, so any
 * change that reaches an article (its text, its metadata, an entity's new id)
 * serialises it again, and nothing else does.
 */
import type { Root } from 'mdast';
import { ContentCache } from './content-cache.ts';
import { mapInWorkers, MIN_PARALLEL_INPUTS } from './map-in-workers.ts';
import { moduleFingerprint } from './module-fingerprint.ts';
import type { EntityLink } from './remark-entity-links.ts';
import { serializeArticle } from './serialize-article.ts';

/** The arguments of serializeArticle for one article. */
export interface SerializeJob {
  id: string;
  tree: Root;
  frontmatter: Record<string, unknown>;
  links: EntityLink[];
}

export interface SerializeAllOptions {
  /** Worker threads for cache misses; default one per core; 1 serialises on the main thread. */
  threads?: number;
}

/** serializeArticle with one argument, as a worker calls it. */
export function serializeTask(job: SerializeJob): string {
  return serializeArticle(job.tree, job.frontmatter, job.links);
}

/**
 * @param cacheDir cache folder (entries in `<cacheDir>/mdx-<code fingerprint>/`), or null to always serialise
 * @returns article id -> MDX text, in job order
 */
export async function serializeAll(jobs: SerializeJob[], cacheDir: string | null, options: SerializeAllOptions = {}): Promise<Map<string, string>> {
  const texts = cacheDir ? await cached(jobs, cacheDir, options) : await serializeMany(jobs, options);
  return new Map(jobs.map((job, i) => [job.id, texts[i]!]));
}

async function cached(jobs: SerializeJob[], cacheDir: string, options: SerializeAllOptions): Promise<string[]> {
  const cache = new ContentCache<string>(cacheDir, 'mdx', await moduleFingerprint(new URL('./serialize-article.ts', import.meta.url)));
  cache.pruneOtherVersions();
  const keys = jobs.map((job) => cache.key(job));
  const out = keys.map((key) => cache.get(key));
  const missing = out.flatMap((hit, i) => (hit === null ? [i] : []));
  const fresh = await serializeMany(missing.map((i) => jobs[i]!), options);
  missing.forEach((index, j) => {
    out[index] = fresh[j]!;
    cache.set(keys[index]!, fresh[j]!);
  });
  return out as string[];
}

function serializeMany(jobs: SerializeJob[], options: SerializeAllOptions): Promise<string[]> | string[] {
  if (jobs.length < MIN_PARALLEL_INPUTS || options.threads === 1) return jobs.map(serializeTask);
  return mapInWorkers<SerializeJob, string>(new URL(import.meta.url), 'serializeTask', jobs, options);
}
