/**
 * Reads one built page for the offline index and the sitemap: what search sees in it,
 * and its own canonical URL. Runs on worker threads (build-search-indexes.ts), so each
 * page's HTML stays in the worker and only what the index needs comes back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ownCanonical } from './build-sitemap.ts';
import { extractSearchPage, type SearchPage } from './extract-search-page.ts';

/** A page to read: the site folder and the page's site-relative POSIX path. */
export interface SearchFileInput {
  site: string;
  rel: string;
}

export interface SearchFile {
  /** The page's own canonical URL, or null (see ownCanonical). */
  canonical: string | null;
  page: SearchPage;
}

export function readSearchFile({ site, rel }: SearchFileInput): SearchFile {
  const html = readFileSync(path.join(site, rel), 'utf8');
  return { canonical: ownCanonical({ path: rel, html }), page: extractSearchPage(html) };
}
