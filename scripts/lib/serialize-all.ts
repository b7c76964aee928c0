/**
 * Serialises every article to MDX (serializeArticle), reusing the cached text
 * when the serializer's inputs are unchanged, and spreading the rest over
 * worker threads. Cache key: the tree (or its digest), the frontmatter and the
 * links, so any change that reaches an article (its text, its metadata, an
 * entity's new id) serialises it again, and nothing else does.
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
  /** The tree, or a function that reads it: called only when the MDX must be serialised. */
  tree: Root | (() => Root);
  frontmatter: Record<string, unknown>;
  /** The links, or a function that works them out: called only when the MDX must be serialised (or `linksDigest` is absent). */
  links: EntityLink[] | (() => EntityLink[]);
  /**
   * Identifies the tree (e.g. the parser's code and input, see prepareAllWithDigests): when set, the
   * cache key hashes it instead of the tree itself, about 100 MB of JSON at 10,000 articles.
   */
  treeDigest?: string | null;
  /** Identifies the links the same way (their inputs and code): with a tree digest, the key needs neither. */
  linksDigest?: string | null;
}

/** A job with its tree in hand, as a worker receives it. */
export interface ReadyJob {
  id: string;
  tree: Root;
  frontmatter: Record<string, unknown>;
  links: EntityLink[];
}

export interface SerializeAllOptions {
  /** Worker threads for cache misses; default one per core; 1 serialises on the main thread. */
  threads?: number;
}

/** Jobs serialised per round: their trees are read, sent to the workers and dropped, so memory stays flat. */
const CHUNK = 1024;

/** serializeArticle with one argument, as a worker calls it. */
export function serializeTask(job: ReadyJob): string {
  return serializeArticle(job.tree, job.frontmatter, job.links);
}

/**
 * @param cacheDir cache folder (entries in `<cacheDir>/mdx-<code fingerprint>/`), or null to always serialise
 * @returns article id -> MDX text, in job order
 */
export async function serializeAll(jobs: SerializeJob[], cacheDir: string | null, options: SerializeAllOptions = {}): Promise<Map<string, string>> {
  const all = await serializeAllLazily(jobs, cacheDir, options);
  return new Map([...all.texts].map(([id, text]) => [id, text()]));
}

/** MDX per article, read from the cache only when asked for, with a digest that identifies each text. */
export interface SerializedAll {
  /** Article id -> a function that returns its MDX, in job order. */
  texts: Map<string, () => string>;
  /** Article id -> the serializer's code fingerprint and the cache key: equal digests, equal texts. Null without a cache. */
  digests: Map<string, string | null>;
}

/**
 * serializeAll without reading cached texts up front: after one article changes, writeOutput can
 * tell the other 9,999 files are unchanged from their digests and never needs their text.
 */
export async function serializeAllLazily(jobs: SerializeJob[], cacheDir: string | null, options: SerializeAllOptions = {}): Promise<SerializedAll> {
  if (!cacheDir) {
    const texts = await serializeMany(jobs, options);
    return { texts: new Map(jobs.map((job, i) => [job.id, () => texts[i]!])), digests: new Map(jobs.map((job) => [job.id, null])) };
  }
  const fingerprint = await moduleFingerprint(new URL('./serialize-article.ts', import.meta.url));
  const cache = new ContentCache<string>(cacheDir, 'mdx', fingerprint);
  cache.pruneOtherVersions();
  const keys = jobs.map((job) => cache.key(keyOf(job)));
  const missing = cache.absent(keys);
  const fresh = await serializeMany(missing.map((i) => jobs[i]!), options);
  missing.forEach((index, j) => cache.set(keys[index]!, fresh[j]!));
  const texts = new Map(jobs.map((job, i) => [job.id, cachedText(cache, keys[i]!, job)]));
  return { texts, digests: new Map(jobs.map((job, i) => [job.id, `${fingerprint.slice(0, 16)}:${keys[i]}`])) };
}

/** Reads one cached MDX text; an entry gone bad since (e.g. a disk full) is serialised again. */
function cachedText(cache: ContentCache<string>, key: string, job: SerializeJob): () => string {
  return () => cache.get(key) ?? serializeTask(ready(job));
}

async function serializeMany(jobs: SerializeJob[], options: SerializeAllOptions): Promise<string[]> {
  if (jobs.length < MIN_PARALLEL_INPUTS || options.threads === 1) return jobs.map((job) => serializeTask(ready(job)));
  const out: string[] = [];
  for (let from = 0; from < jobs.length; from += CHUNK) {
    const chunk = jobs.slice(from, from + CHUNK).map(ready);
    out.push(...(await mapInWorkers<ReadyJob, string>(new URL(import.meta.url), 'serializeTask', chunk, options)));
  }
  return out;
}

function ready(job: SerializeJob): ReadyJob {
  return { id: job.id, tree: typeof job.tree === 'function' ? job.tree() : job.tree, frontmatter: job.frontmatter, links: linksOf(job) };
}

function linksOf(job: SerializeJob): EntityLink[] {
  return typeof job.links === 'function' ? job.links() : job.links;
}

/** What the cache key hashes: digests in place of the tree and the links when the job has them. */
function keyOf(job: SerializeJob): unknown {
  if (job.treeDigest && job.linksDigest) return { id: job.id, treeDigest: job.treeDigest, frontmatter: job.frontmatter, linksDigest: job.linksDigest };
  return job.treeDigest ? { ...job, tree: null, links: linksOf(job) } : ready(job);
}
