/**
 * Article citations formatted ahead of page rendering, on worker threads. Citeproc
 * takes ~8 ms per article for three styles, on one thread inside astro build; the
 * article loader formats the entries it (re)loads here, so the work uses every core
 * and is kept in the data store between builds. Only the parts that depend on the
 * article are formatted: the archive URL (used when the original URL is unknown) is a
 * placeholder (`ARCHIVE_URL_SLOT`) the page fills in. An undated article's citation
 * carries the build date as its access date: it is formatted with the date of the build
 * that formats it, and the page uses it only when that is still the build date.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ARCHIVE_URL_SLOT, articleCslItem, type CitableArticle, type Citations } from './cite.ts';
import { formatArticleItem } from './cite-article-template.ts';

/** Citations formatted ahead, with the access date they carry (null for a dated article, whose citation has none). */
export interface PrecomputedCitations extends Citations {
  accessed: string | null;
}

/**
 * Citations of one article, with `ARCHIVE_URL_SLOT` for its archive URL.
 * @param today the build date (ISO day): an undated article's access date
 */
export function formatArticleCitations(article: CitableArticle, today: string): PrecomputedCitations {
  const accessed = article.published === null ? today : null;
  return { ...formatArticleItem(articleCslItem(article, ARCHIVE_URL_SLOT, accessed ?? '1970-01-01')), accessed };
}

/** Worker threads that format batches of article citations, several batches in flight; `close()` when done. */
export class CitationWorkers {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (value: PrecomputedCitations[]) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => {
      const worker = new Worker(new URL('./article-citations-worker.ts', import.meta.url));
      worker.on('message', ({ id, citations }: { id: number; citations: PrecomputedCitations[] }) => {
        this.waiting.get(id)?.resolve(citations);
        this.waiting.delete(id);
      });
      worker.on('error', (error: Error) => {
        for (const job of this.waiting.values()) job.reject(error);
        this.waiting.clear();
      });
      return worker;
    });
  }

  /** Citations of `articles`, in input order, split across the workers; `today` as in formatArticleCitations. */
  async format(articles: readonly CitableArticle[], today: string): Promise<PrecomputedCitations[]> {
    const size = Math.ceil(articles.length / this.workers.length);
    const parts = this.workers.map((worker, i) => this.run(worker, articles.slice(i * size, (i + 1) * size), today));
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private run(worker: Worker, articles: readonly CitableArticle[], today: string): Promise<PrecomputedCitations[]> {
    if (articles.length === 0) return Promise.resolve([]);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, articles, today });
    });
  }
}
