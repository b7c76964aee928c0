/**
 * Indexes the built site twice: with Pagefind (Node API, errors checked after each
 * call) for hosted use, and as `search-index.js`, a classic-script index for the
 * file:// fallback (a manifest plus shards under `search-index/`), read from the same HTML so both see the same pages and words.
 * Also writes `sitemap.xml` from the same HTML (see build-sitemap.ts).
 * @see https://pagefind.app/docs/node-api/
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { offlineIndexBuilder } from './build-offline-index.ts';
import { buildSitemaps } from './build-sitemap.ts';
import { loadOfflineEngine } from './load-offline-engine.ts';
import { mapHereOrInWorkers } from './map-in-workers.ts';
import type { SearchFile, SearchFileInput } from './read-search-file.ts';
import { serializeManifest, serializeShard, shardOfflineIndex } from './shard-offline-index.ts';

/** Name of the offline index file in the site root. */
export const OFFLINE_INDEX_FILE = 'search-index.js';
/** A tag carrying `data-pagefind-body`. */
const BODY_ATTRIBUTE = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i;

/** Writes `<site>/pagefind/`, `<site>/search-index.js` and `<site>/sitemap.xml`. */
export async function buildSearchIndexes(site: string): Promise<void> {
  console.log(`pagefind: indexed ${await buildPagefindIndex(site)} pages`);
  // The sitemap's URLs are read in the same pass over the HTML, so each page is read once.
  const { pages, bytes, manifestBytes, files, urls } = await writeOfflineIndex(site);
  console.log(`offline search: indexed ${pages} pages into ${OFFLINE_INDEX_FILE} (${(manifestBytes / 1024).toFixed(1)} KiB) and ${files} shards (${(bytes / 1024).toFixed(1)} KiB in all)`);
  // The sitemap is read off the same built HTML, so it sits in this post-build step.
  writeSitemapFiles(site, urls);
  console.log(`sitemap: ${urls.length} URLs`);
}

function writeSitemapFiles(site: string, urls: string[]): void {
  const home = urls.find((u) => u.endsWith('/index.html'));
  const prefix = home ? home.slice(0, -'index.html'.length) : '';
  for (const file of buildSitemaps(urls, prefix)) writeFileSync(path.join(site, file.name), file.xml);
}

/** Indexes `site` with Pagefind's Node API into `<site>/pagefind/`; returns the page count. */
export async function buildPagefindIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    // The files come back to be written here: `writeFiles` can answer before Pagefind's binary has
    // finished writing, and `close` then kills it mid-file (seen once in CI: an empty
    // pagefind-entry.json, pagefind-ui.js cut at 64 KiB).
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`pagefind: ${built.errors.join('; ')}`);
    for (const file of built.files) {
      const target = path.join(site, 'pagefind', file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Every `.html` file under `site` (Pagefind's own folder excluded), as site-relative POSIX paths, sorted. */
export function listHtmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/'))
    .sort();
}

/** Pages read by worker threads at a time: the index is built from one window while the next is read. */
const WINDOW = 2048;
const READER = new URL('./read-search-file.ts', import.meta.url);

/**
 * Builds the offline index from the HTML in `site` and writes its manifest and shards;
 * returns page count, sizes, shard count and every page's own canonical URL (for the
 * sitemap). Pages are read and parsed on worker threads, a window at a time, after
 * Pagefind has finished (side by side, the two peaks add up: bench/README.md).
 */
export async function writeOfflineIndex(site: string): Promise<{ pages: number; bytes: number; manifestBytes: number; files: number; urls: string[] }> {
  // The engine copied into the site from public/: the index is tokenised by the code that will read it.
  const engine = loadOfflineEngine(pathToFileURL(`${path.resolve(site)}/`));
  const files = listHtmlFiles(site);
  // Like Pagefind: once any page marks a body, only pages with one are indexed.
  const anyBody = files.some((rel) => BODY_ATTRIBUTE.test(readFileSync(path.join(site, rel), 'utf8')));
  const builder = offlineIndexBuilder({ positions: (text) => engine.positions(text) });
  const urls: string[] = [];
  const read = (from: number) => mapHereOrInWorkers<SearchFileInput, SearchFile>(READER, 'readSearchFile', files.slice(from, from + WINDOW).map((rel) => ({ site, rel })), { batch: 32 });
  let next = files.length > 0 ? read(0) : null;
  for (let from = 0; next; from += WINDOW) {
    const window = await next;
    next = from + WINDOW < files.length ? read(from + WINDOW) : null;
    window.forEach(({ canonical, page }, i) => {
      if (canonical !== null) urls.push(canonical);
      if (page.hasBody || !anyBody) builder.add({ url: files[from + i]!, page });
    });
  }
  const index = builder.finish();
  const { manifest, shards } = shardOfflineIndex(index);
  const folder = path.join(site, manifest.shards.folder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  let count = 0;
  for (const shard of shards()) {
    const source = serializeShard(shard);
    writeFileSync(path.join(folder, `${shard.key}.js`), source);
    bytes += Buffer.byteLength(source);
    count++;
  }
  const source = serializeManifest(manifest);
  writeFileSync(path.join(site, OFFLINE_INDEX_FILE), source);
  const manifestBytes = Buffer.byteLength(source);
  return { pages: index.pageCount, bytes: bytes + manifestBytes, manifestBytes, files: count, urls };
}
