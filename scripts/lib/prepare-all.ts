/**
 * Parses every article (prepareArticle), reusing cached results for unchanged
 * files and spreading the rest over worker threads, like extractAll.
 */
import type { ArticleCuration } from '../../src/schemas/curation.ts';
import { ContentCache } from './content-cache.ts';
import { mapInWorkers, MIN_PARALLEL_INPUTS } from './map-in-workers.ts';
import { moduleFingerprint } from './module-fingerprint.ts';
import { prepareArticle } from './prepare-article.ts';

/** One decoded seed file plus its curation entry: everything prepareArticle reads. */
export interface PrepareInput {
  source: string;
  sha256: string;
  text: string;
  curation: ArticleCuration | undefined;
}

export type PrepareResult = ReturnType<typeof prepareArticle>;

export interface PrepareAllOptions {
  /** Worker threads for cache misses; default one per core; 1 parses on the main thread. */
  threads?: number;
}

/** prepareArticle with one argument, as a worker calls it. */
export function prepareTask(input: PrepareInput): PrepareResult {
  return prepareArticle(input.source, input.sha256, input.text, input.curation);
}

/**
 * @param cacheDir cache folder (entries in `<cacheDir>/prepare-<code fingerprint>/`), or null to always parse
 * @returns one result per input, in input order
 */
export async function prepareAll(inputs: PrepareInput[], cacheDir: string | null, options: PrepareAllOptions = {}): Promise<PrepareResult[]> {
  if (!cacheDir) return prepareMany(inputs, options);
  const cache = new ContentCache<PrepareResult>(cacheDir, 'prepare', await moduleFingerprint(new URL('./prepare-article.ts', import.meta.url)));
  cache.pruneOtherVersions();
  const keys = inputs.map((input) => cache.key(input));
  const out = keys.map((key) => cache.get(key));
  const missing = out.flatMap((hit, i) => (hit ? [] : [i]));
  const fresh = await prepareMany(missing.map((i) => inputs[i]!), options);
  missing.forEach((index, j) => {
    out[index] = fresh[j]!;
    cache.set(keys[index]!, fresh[j]!);
  });
  return out as PrepareResult[];
}

function prepareMany(inputs: PrepareInput[], options: PrepareAllOptions): Promise<PrepareResult[]> | PrepareResult[] {
  if (inputs.length < MIN_PARALLEL_INPUTS || options.threads === 1) return inputs.map(prepareTask);
  return mapInWorkers<PrepareInput, PrepareResult>(new URL(import.meta.url), 'prepareTask', inputs, options);
}
