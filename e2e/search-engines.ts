/**
 * Runs queries through both search engines of a built site: Pagefind through the
 * search page served over http, and the offline fallback in Node (the same scripts
 * and search-index.js the page loads from disk) or through the page opened from disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { loadOfflineEngine, readOfflineIndex, searchShards } from '../scripts/lib/load-offline-engine.ts';
import { readResults } from './search-ui.ts';

/** One query of the quality set (e2e/queries.json). */
export interface QueryCase {
  q: string;
  /** Site-relative path of the page that should come first, e.g. `people/ray-jones.html`. */
  expect: string;
  /** Why this query is in the set. */
  note?: string;
}

/** Reads the query set. */
export function readQueries(file = new URL('./queries.json', import.meta.url)): QueryCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: QueryCase[] }).queries;
}

/**
 * Top `n` site-relative result paths per query as the search page shows them, at
 * `scope` (an http URL: Pagefind; a file:// URL: the offline fallback). Going through
 * search.html means the page's own engine options apply.
 */
export async function uiTop(page: Page, scope: string, queries: string[], n = 3): Promise<string[][]> {
  const out: string[][] = [];
  // One page load; each query is typed and submitted, as a reader would, so the engine loads once.
  await page.goto(new URL('search.html', scope).href);
  for (const q of queries) {
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    const { rows } = await readResults(page);
    out.push(rows.slice(0, n).map((r) => decodeURIComponent(r.href.startsWith(scope) ? r.href.slice(scope.length) : r.href)));
  }
  return out;
}

/** Top `n` results per query from Pagefind, through the search page served at `siteUrl`. */
export function pagefindTop(page: Page, siteUrl: string, queries: string[], n = 3): Promise<string[][]> {
  return uiTop(page, siteUrl, queries, n);
}

/** Top `n` site-relative result paths per query from the offline fallback of the site in `dist`, loading shards as the page does. */
export function offlineTop(dist: string, queries: string[], n = 3): string[][] {
  const engine = loadOfflineEngine(pathToFileURL(`${path.resolve(dist)}/`));
  const { manifest, load } = readOfflineIndex(dist);
  return queries.map((q) => searchShards(engine, manifest, load, q, undefined, n).results.slice(0, n).map((r) => r.url!));
}

/** Share of queries whose expected page is first, and within the top 3. */
export function score(cases: QueryCase[], results: string[][]): { top1: number; top3: number } {
  const hits = (k: number) => cases.filter((c, i) => (results[i] ?? []).slice(0, k).includes(c.expect)).length / (cases.length || 1);
  return { top1: hits(1), top3: hits(3) };
}
