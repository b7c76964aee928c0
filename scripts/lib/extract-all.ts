/**
 * Extracts every article, reusing cached results for unchanged texts.
 */
import { extractArticle } from './extract-article.ts';
import { ExtractionCache, extractorFingerprint } from './extraction-cache.ts';
import type { ArticleExtraction, ArticleText } from './types.ts';

/**
 * @param cacheDir folder for the content-addressed cache, or null to always extract
 * @returns one extraction per article, in input order
 */
export async function extractAll(texts: ArticleText[], cacheDir: string | null): Promise<ArticleExtraction[]> {
  if (!cacheDir) return texts.map(extractArticle);
  const cache = new ExtractionCache(cacheDir, await extractorFingerprint());
  const out: ArticleExtraction[] = [];
  for (const text of texts) {
    const key = cache.key(text);
    let extraction = await cache.get(key);
    if (!extraction) {
      extraction = extractArticle(text);
      await cache.set(key, extraction);
    }
    out.push(extraction);
  }
  return out;
}
