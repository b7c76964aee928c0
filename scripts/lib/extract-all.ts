/**
 * Extracts every article, reusing cached results for unchanged texts and
 * spreading the rest over worker threads (one per core).
 *
 * When most articles are cached, the few to extract go to a worker, which loads the
 * extractors (about 0.9 s of CPU) while this thread reads the cache.
 */
import { ExtractionCache, extractorFingerprint } from './extraction-cache.ts';
import { mapHereOrInWorkers, MIN_OVERLAP_HITS } from './map-in-workers.ts';
import { shareExtractionStrings } from './share-strings.ts';
import type { ArticleExtraction, ArticleText } from './types.ts';

export interface ExtractAllOptions {
  /** Worker threads for cache misses; default one per core; 1 extracts on the main thread. */
  threads?: number;
  /**
   * Per text, a string that determines it (e.g. the parse digest and the article id), to key
   * the cache on instead of hashing the whole text: 0.3 s less per run at 10,000 articles.
   * Null or absent entries are keyed on the text.
   */
  identities?: readonly (string | null)[];
}

const EXTRACTOR = new URL('./extract-article.ts', import.meta.url);

/**
 * @param cacheDir folder for the content-addressed cache, or null to always extract
 * @returns one extraction per article, in input order
 */
export async function extractAll(texts: ArticleText[], cacheDir: string | null, options: ExtractAllOptions = {}): Promise<ArticleExtraction[]> {
  if (!cacheDir) return shareAll(await extractMany(texts, options), texts);
  const cache = new ExtractionCache(cacheDir, await extractorFingerprint());
  cache.pruneOtherVersions();
  const keys = texts.map((text, i) => {
    const identity = options.identities?.[i];
    return identity ? cache.key(`identity:${identity}`) : cache.key(text);
  });
  const out: (ArticleExtraction | null)[] = keys.map(() => null);
  const extract = async (indexes: number[], overlap: boolean) => {
    const fresh = await extractMany(indexes.map((i) => texts[i]!), options, overlap);
    indexes.forEach((index, j) => {
      out[index] = fresh[j]!;
      cache.set(keys[index]!, fresh[j]!);
    });
  };
  const absent = cache.absent(keys);
  const extracting = extract(absent, keys.length - absent.length >= MIN_OVERLAP_HITS);
  const skip = new Set(absent);
  keys.forEach((key, i) => {
    if (!skip.has(i)) out[i] = cache.get(key);
  });
  await extracting;
  // Entries present but unreadable (e.g. cut short by an interrupted run): rare, extracted now.
  await extract(out.flatMap((hit, i) => (hit ? [] : [i])), false);
  return shareAll(out as ArticleExtraction[], texts);
}

/** The extractions with their repeated strings shared (share-strings.ts): cached and fresh ones alike hold copies. */
function shareAll(extractions: ArticleExtraction[], texts: ArticleText[]): ArticleExtraction[] {
  return extractions.map((x, i) => shareExtractionStrings(x, texts[i]!.segments));
}

/** Extracts on worker threads or, for a few articles with nothing else to do meanwhile, here. */
function extractMany(texts: ArticleText[], options: ExtractAllOptions, overlap = false): Promise<ArticleExtraction[]> {
  return mapHereOrInWorkers<ArticleText, ArticleExtraction>(EXTRACTOR, 'extractArticle', texts, { ...options, overlap });
}
