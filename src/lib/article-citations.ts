/**
 * Article citations formatted ahead of page rendering, on worker threads. Citeproc
 * takes ~8 ms per article for three styles, on one thread inside astro build; the
 * article loader calls this for the entries it (re)loads, so the work uses every
 * core and is kept in the data store between builds. Only the parts that depend on
 * the article are formatted here: the archive URL (used when the original URL is
 * unknown) is a placeholder (`ARCHIVE_URL_SLOT`) the page fills in, and undated articles, whose citation
 * carries the build date as access date, are left to the page.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ARCHIVE_URL_SLOT, articleCslItem, formatCitations, type CitableArticle, type Citations } from './cite.ts';

/** True when the citation of `article` can be formatted before the build's URL and date are known. */
export function isPrecomputable(article: CitableArticle): boolean {
  return article.published !== null;
}

/** Citations of one dated article, with `ARCHIVE_URL_SLOT` for its archive URL. */
export function formatArticleCitations(article: CitableArticle): Citations {
  return formatCitations(articleCslItem(article, ARCHIVE_URL_SLOT, '1970-01-01'));
}

/** Formats the citations of `articles` (all precomputable) on worker threads, in input order. */
export async function formatArticleCitationsInWorkers(articles: readonly CitableArticle[]): Promise<Citations[]> {
  if (articles.length === 0) return [];
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(articles.length / 50)));
  const size = Math.ceil(articles.length / threads);
  const parts = Array.from({ length: threads }, (_, i) => articles.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    parts.map(
      (part) =>
        new Promise<Citations[]>((resolve, reject) => {
          const worker = new Worker(new URL('./article-citations-worker.ts', import.meta.url));
          worker.once('message', (value: Citations[]) => {
            resolve(value);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.postMessage(part);
        }),
    ),
  );
  return results.flat();
}
