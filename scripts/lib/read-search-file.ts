/**
 * Reads one built page for the offline index and the sitemap: what search sees in it,
 * and its own canonical URL. Runs on worker threads (build-search-indexes.ts), so each
 * page's HTML stays in the worker and only what the index needs comes back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ownCanonical } from './build-sitemap.ts';
import { extractSearchPage, type SearchPage } from './extract-search-page.ts';

export interface SearchFile {
  /** The page's own canonical URL, or null (see ownCanonical). */
  canonical: string | null;
  page: SearchPage;
}

/** @param input the site folder and a page's site-relative POSIX path */
export function readSearchFile({ site, rel }: { site: string; rel: string }): SearchFile {
  const html = readFileSync(path.join(site, rel), 'utf8');
  return { canonical: ownCanonical({ path: rel, html }), page: extractSearchPage(html) };
}
