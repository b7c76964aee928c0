/**
 * Extracts every article, reusing cached results for unchanged texts and
 * spreading the rest over worker threads (one per core).
 */
import { extractArticle } from './extract-article.ts';
import { ExtractionCache, extractorFingerprint } from './extraction-cache.ts';
import { mapInWorkers, MIN_PARALLEL_INPUTS } from './map-in-workers.ts';
import type { ArticleExtraction, ArticleText } from './types.ts';

export interface ExtractAllOptions {
  /** Worker threads for cache misses; default one per core; 1 extracts on the main thread. */
  threads?: number;
}

const EXTRACTOR = new URL('./extract-article.ts', import.meta.url);

/**
 * @param cacheDir folder for the content-addressed cache, or null to always extract
 * @returns one extraction per article, in input order
 */
export async function extractAll(texts: ArticleText[], cacheDir: string | null, options: ExtractAllOptions = {}): Promise<ArticleExtraction[]> {
  if (!cacheDir) return extractMany(texts, options);
  const cache = new ExtractionCache(cacheDir, await extractorFingerprint());
  cache.pruneOtherVersions();
  const keys = texts.map((text) => cache.key(text));
  const out = keys.map((key) => cache.get(key));
  const missing = out.flatMap((hit, i) => (hit ? [] : [i]));
  const fresh = await extractMany(missing.map((i) => texts[i]!), options);
  missing.forEach((index, j) => {
    out[index] = fresh[j]!;
    cache.set(keys[index]!, fresh[j]!);
  });
  return out as ArticleExtraction[];
}

/** Extracts on worker threads when there are enough articles to repay their start-up. */
function extractMany(texts: ArticleText[], options: ExtractAllOptions): Promise<ArticleExtraction[]> | ArticleExtraction[] {
  if (texts.length < MIN_PARALLEL_INPUTS || options.threads === 1) return texts.map(extractArticle);
  return mapInWorkers<ArticleText, ArticleExtraction>(EXTRACTOR, 'extractArticle', texts, options);
}
