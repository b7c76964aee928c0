/**
 * Site-side wiring for citations: loads the bundled CSL styles, fixes the build date
 * and the public URLs, and hands plain data to `cite.ts`. Used by pages and the
 * CSL-JSON endpoint so both give the same item.
 */
import chicago from './csl/chicago.csl?raw';
import mla from './csl/mla.csl?raw';
import type { PrecomputedCitations } from './article-citations.ts';
import { articleCslItem, buildDate, fillArchiveUrl, formatPageCitations, pageCslItem, registerStyles, type CitableArticle, type Citations, type CslItem } from './cite.ts';
import { formatArticleItem } from './cite-article-template.ts';
import { absoluteUrl } from './paths.ts';

export { buildDate };

registerStyles({ mla, chicago });

/** Name of the site as cited. */
export const SITE_NAME = 'Dossier';

/** What can be cited, and so what has a CSL-JSON file at `cite/<kind>/<id>.json`. */
export type CiteKind = 'article' | 'person' | 'organisation' | 'date' | 'page';

/** A page's citation: the CSL item, its formatted forms, and the CSL-JSON file path from the site root. */
export interface PageCitation {
  item: CslItem;
  citations: Citations;
  jsonPath: string;
}

/** Absolute public URL of a page path (`people/ray-jones.html`). */
export function publicUrl(path: string): string {
  return absoluteUrl(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL, path);
}

/** CSL-JSON file path of a page, from the site root. */
export function citeJsonPath(kind: CiteKind, id: string): string {
  return `cite/${kind}/${encodeURIComponent(id)}.json`;
}

/** CSL item for an article page: cites the original publication. */
export function articleItem(article: CitableArticle): CslItem {
  return articleCslItem(article, archiveUrl(article), buildDate());
}

function archiveUrl(article: CitableArticle): string {
  return publicUrl(`articles/${article.id}.html`);
}

/** CSL item for any other page: cites this site. */
export function pageItem(kind: Exclude<CiteKind, 'article'>, id: string, title: string, path: string): CslItem {
  return pageCslItem(`${kind}-${id}`, title, publicUrl(path), SITE_NAME, buildDate());
}

/**
 * The citation block of an article page. `precomputed`: the citations the article loader
 * formatted ahead (article-citations.ts), with a placeholder for the archive URL.
 */
export function citeArticle(article: CitableArticle, precomputed?: PrecomputedCitations): PageCitation {
  const url = archiveUrl(article);
  const today = buildDate();
  const item = articleCslItem(article, url, today);
  // An undated article's citation carries its access date: one formatted on another day is stale.
  const current = precomputed && (article.published !== null || precomputed.accessed === today);
  const ready = current ? fillArchiveUrl(precomputed, url) : null;
  return { item, citations: ready ?? formatArticleItem(item), jsonPath: citeJsonPath('article', article.id) };
}

/** The citation block of an entity, date or index page. */
export function citePage(kind: Exclude<CiteKind, 'article'>, id: string, title: string, path: string): PageCitation {
  const item = pageItem(kind, id, title, path);
  return { item, citations: formatPageCitations(item), jsonPath: citeJsonPath(kind, id) };
}
