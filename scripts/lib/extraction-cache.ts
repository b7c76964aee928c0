/**
 * Disk cache of per-article extractions, keyed by the article text and by the
 * extractor code itself (its module graph), so an unchanged article is never
 * extracted twice and a changed extractor never serves stale results.
 */
import { ContentCache } from './content-cache.ts';
import { moduleFingerprint } from './module-fingerprint.ts';
import type { ArticleExtraction, ArticleText } from './types.ts';

/**
 * Fingerprint of extract-article.ts and everything it imports: an extractor edit invalidates
 * the cache, while edits elsewhere (the serializer, the site) keep it.
 */
export function extractorFingerprint(): Promise<string> {
  return moduleFingerprint(new URL('./extract-article.ts', import.meta.url));
}

/** The extraction cache: article text -> extraction, in `<dir>/extract-<fingerprint>/`. */
export class ExtractionCache extends ContentCache<ArticleExtraction> {
  constructor(dir: string, fingerprint: string) {
    super(dir, 'extract', fingerprint);
  }

  /** @param article the text, or a string that identifies it (see ExtractAllOptions.identities) */
  override key(article: ArticleText | string): string {
    return super.key(article);
  }
}
