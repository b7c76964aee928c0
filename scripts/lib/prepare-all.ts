/**
 * Parses every article (prepareArticle), reusing cached results for unchanged
 * files and spreading the rest over worker threads, like extractAll.
 *
 * When most articles are cached, the few to parse go to a worker, which loads the
 * parser while this thread reads the cache: the main thread never loads it.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { ArticleCuration } from '../../src/schemas/curation.ts';
import { ContentCache } from './content-cache.ts';
import { mapHereOrInWorkers, MIN_OVERLAP_HITS } from './map-in-workers.ts';
import { moduleFingerprint } from './module-fingerprint.ts';
import { shareSegmentStrings } from './share-strings.ts';
import type { prepareArticle, PreparedArticle } from './prepare-article.ts';

/** One decoded seed file plus its curation entry: everything prepareArticle reads. */
export interface PrepareInput {
  source: string;
  /** SHA-256 of the seed file the text was decoded from: the cache takes it for the text. */
  sha256: string;
  text: string;
  curation: ArticleCuration | undefined;
}

export type PrepareResult = ReturnType<typeof prepareArticle>;

export interface PrepareAllOptions {
  /** Worker threads for cache misses; default one per core; 1 parses on the main thread. */
  threads?: number;
}

const TASK = new URL('./prepare-task.ts', import.meta.url);

/**
 * @param cacheDir cache folder (entries in `<cacheDir>/prepare-<code fingerprint>/`), or null to always parse
 * @returns one result per input, in input order
 */
export async function prepareAll(inputs: PrepareInput[], cacheDir: string | null, options: PrepareAllOptions = {}): Promise<PrepareResult[]> {
  const all = await prepareAllWithDigests(inputs, cacheDir, options);
  return all.results.map((result, i) => (result.ok ? { ok: true, article: { ...result.article, tree: all.tree(i) } } : result));
}

/** A prepared article without its tree, which only serialisation needs. */
export type PreparedMeta = Omit<PreparedArticle, 'tree'>;

export type PrepareMetaResult = { ok: true; article: PreparedMeta } | { ok: false; reason: string };

/** Results of prepareAll with their trees left on disk, each with a digest that identifies it. */
export interface PreparedAll {
  results: PrepareMetaResult[];
  /** The tree of input `index` (an ok result), read from the cache when it is there. */
  tree(index: number): Root;
  /**
   * Per input, the parser's code fingerprint and the hash of the input: equal digests mean equal
   * results, so a later step can key its own cache on it instead of hashing a whole tree.
   * Null without a cache folder.
   */
  digests: (string | null)[];
}

/** Inputs parsed per round: their trees go to the cache and are dropped, so memory stays flat. */
const CHUNK = 1024;

/**
 * prepareAll, keeping trees (about half of a parse result) out of memory: with a cache, each is
 * written to its own entry and read back only by `tree(index)`, usually for the few articles
 * whose MDX must be serialised again.
 */
export async function prepareAllWithDigests(inputs: PrepareInput[], cacheDir: string | null, options: PrepareAllOptions = {}): Promise<PreparedAll> {
  if (!cacheDir) {
    const results = shareKinds(await prepareMany(inputs, options));
    return { results, tree: (i) => (results[i] as { article: PreparedArticle }).article.tree, digests: inputs.map(() => null) };
  }
  // The layout (trees apart) is part of the version: entries of the older layout are not read.
  const version = createHash('sha256').update(`${await moduleFingerprint(new URL('./prepare-article.ts', import.meta.url))}\0trees-apart`).digest('hex');
  const metas = new ContentCache<PrepareMetaResult>(cacheDir, 'prepare', version);
  const trees = new ContentCache<Root>(cacheDir, 'tree', version);
  metas.pruneOtherVersions();
  trees.pruneOtherVersions();
  // The seed's hash stands for its text: hashing 10,000 texts again would cost 0.2 s a run.
  const keys = inputs.map((input) => metas.key({ source: input.source, sha256: input.sha256, curation: input.curation ?? null }));
  const parse = async (indexes: number[], overlap: boolean) => {
    for (let from = 0; from < indexes.length; from += CHUNK) {
      const chunk = indexes.slice(from, from + CHUNK);
      const fresh = await prepareMany(chunk.map((i) => inputs[i]!), options, overlap);
      chunk.forEach((index, j) => {
        const result = fresh[j]!;
        if (result.ok) {
          const { tree, ...article } = result.article;
          trees.set(keys[index]!, tree);
          out[index] = { ok: true, article };
        } else out[index] = result;
        metas.set(keys[index]!, out[index]!);
      });
    }
  };
  const out: (PrepareMetaResult | null)[] = keys.map(() => null);
  const absent = metas.absent(keys);
  const withTrees = trees.keys();
  const parsing = parse(absent, keys.length - absent.length >= MIN_OVERLAP_HITS);
  const skip = new Set(absent);
  keys.forEach((key, i) => {
    if (skip.has(i)) return;
    const hit = metas.get(key);
    // A parsed article is a hit only with its tree, so `tree(index)` never has to parse again.
    if (hit && (!hit.ok || withTrees.has(key))) out[i] = hit;
  });
  await parsing;
  // Entries present but unreadable (cut short) or missing their tree: rare, parsed now.
  await parse(out.flatMap((hit, i) => (hit ? [] : [i])), false);
  return { results: shareKinds(out as PrepareMetaResult[]), tree: treeReader(trees, keys), digests: keys.map((key) => `${version.slice(0, 16)}:${key}`) };
}

/** Results with one string per segment kind (share-strings.ts). */
function shareKinds<R extends PrepareResult | PrepareMetaResult>(results: R[]): R[] {
  for (const result of results) if (result.ok) shareSegmentStrings(result.article.segments);
  return results;
}

/** Made outside prepareAllWithDigests so the closure holds the keys only, not the inputs: texts can be freed once parsed. */
function treeReader(trees: ContentCache<Root>, keys: string[]): (index: number) => Root {
  return (index) => {
    const cached = trees.get(keys[index]!);
    if (!cached) throw new Error(`parse cache entry ${keys[index]} vanished during ingest; run it again`);
    return cached;
  };
}

/** @param overlap use workers even for a few inputs, because the main thread has other work meanwhile */
function prepareMany(inputs: PrepareInput[], options: PrepareAllOptions, overlap = false): Promise<PrepareResult[]> {
  return mapHereOrInWorkers<PrepareInput, PrepareResult>(TASK, 'prepareTask', inputs, { ...options, overlap });
}
