/**
 * Runs the browser's offline search engine (the classic scripts search-stem.js,
 * search-words.js, search-shards.js and search-offline.js in public/) in a Node vm,
 * so the index builder, the tests and the quality report use the very code the page runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { IndexedPosition, OfflineIndex, PageRow } from './build-offline-index.ts';
import type { OfflineManifest, TermShard } from './shard-offline-index.ts';

export interface OfflineFilters {
  kind?: string;
  publication?: string;
  year?: string;
}

export interface OfflineResult {
  page: number;
  url: string | null;
  title: string | null;
  kind: string;
  date: string | null;
  excerpt: string | null;
  score: number;
  terms: string[];
}

/** What `DossierOffline.search` ranks: the whole index, or a view of some word shards (no rows). */
export type SearchableIndex = Omit<OfflineIndex, 'rows'> & { rows?: PageRow[] };
export type SearchOptions = { filters?: OfflineFilters; sort?: string };
/** Loaded shards by key (`t3`, `p0`), as `DOSSIER_SEARCH_SHARDS` holds them in the browser. */
export type ShardStore = Record<string, TermShard | PageRow[]>;

/** The engine's script files, in load order. */
export const ENGINE_FILES = ['search-stem.js', 'search-words.js', 'search-shards.js', 'search-offline.js'] as const;

/** What `DossierWords`, `DossierShards` and `DossierOffline` (public/search-*.js) define. */
export interface OfflineEngine {
  /** Porter2 stem of a lowercase word. */
  stem(word: string): string;
  /** Indexed words of a text, one entry per position (whitespace-separated chunk). */
  positions(text: string): IndexedPosition[];
  /** Every indexed word of a text, in order. */
  tokenise(text: string): string[];
  /** Stemmed words of a query. */
  queryTerms(query: string): string[];
  search(index: SearchableIndex, query: string, options?: SearchOptions): OfflineResult[];
  facets(index: Pick<OfflineIndex, 'pageCount' | 'pages' | 'publications' | 'years' | 'dates' | 'profiles'>): Record<'kind' | 'publication' | 'year', Record<string, number>>;
  shards: {
    missing(manifest: OfflineManifest, store: ShardStore, query: string): string[];
    view(manifest: OfflineManifest, store: ShardStore): SearchableIndex;
    pageKey(manifest: OfflineManifest, page: number): string;
    row(manifest: OfflineManifest, store: ShardStore, page: number): PageRow | null;
    file(manifest: OfflineManifest, key: string): string;
  };
}

/** Evaluates the engine scripts' sources (in `ENGINE_FILES` order) and returns their API. */
export function evaluateOfflineEngine(sources: string[]): OfflineEngine {
  const context = vm.createContext({});
  sources.forEach((source, i) => vm.runInContext(source, context, { filename: ENGINE_FILES[i] ?? 'engine.js' }));
  const words = context.DossierWords as Pick<OfflineEngine, 'stem' | 'positions' | 'tokenise' | 'queryTerms'> | undefined;
  const ranking = context.DossierOffline as Pick<OfflineEngine, 'search' | 'facets'> | undefined;
  const shards = context.DossierShards as OfflineEngine['shards'] | undefined;
  if (!words || !ranking || !shards || typeof ranking.search !== 'function') throw new Error('the engine scripts did not define DossierWords, DossierShards and DossierOffline');
  return { ...words, search: ranking.search, facets: ranking.facets, shards };
}

/** Loads the engine from a folder holding its scripts (default: public/). */
export function loadOfflineEngine(folder = new URL('../../public/', import.meta.url)): OfflineEngine {
  return evaluateOfflineEngine(ENGINE_FILES.map((name) => readFileSync(new URL(name, folder), 'utf8')));
}

/** Evaluates a generated `search-index.js` and returns the manifest it defines. */
export function evaluateOfflineIndex(source: string): OfflineManifest {
  const context: Record<string, unknown> = {};
  context.window = context;
  vm.runInNewContext(source, context, { filename: 'search-index.js' });
  const manifest = context.DOSSIER_SEARCH as OfflineManifest | undefined;
  if (!manifest || manifest.version !== 2) throw new Error('search-index.js did not define DOSSIER_SEARCH v2');
  return manifest;
}

/** Evaluates one shard script and returns its key and data. */
export function evaluateShard(source: string): ShardStore {
  const context: Record<string, unknown> = {};
  context.window = context;
  vm.runInNewContext(source, context, { filename: 'shard.js' });
  return (context.DOSSIER_SEARCH_SHARDS ?? {}) as ShardStore;
}

/**
 * Searches a sharded index as the page does: loads the word shards the query needs
 * (through `load`, by key), ranks their view, then loads the rows of the results.
 * Only the first `rows` results get their row (URL, title, excerpt), as a page shows a few.
 * Returns the results and the keys it loaded, in order.
 */
export function searchShards(engine: OfflineEngine, manifest: OfflineManifest, load: (key: string) => TermShard | PageRow[], query: string, options?: SearchOptions, rows = Infinity): { results: OfflineResult[]; loaded: string[] } {
  const store: ShardStore = {};
  const loaded: string[] = [];
  const fetch = (key: string) => {
    if (store[key]) return;
    store[key] = load(key);
    loaded.push(key);
  };
  for (let keys = engine.shards.missing(manifest, store, query); keys.length; keys = engine.shards.missing(manifest, store, query)) keys.forEach(fetch);
  const results = engine.search(engine.shards.view(manifest, store), query, options).map((r, i) => {
    if (i >= rows) return r;
    fetch(engine.shards.pageKey(manifest, r.page));
    const row = engine.shards.row(manifest, store, r.page)!;
    return { ...r, url: row[0], title: row[1], excerpt: row[2] };
  });
  return { results, loaded };
}

/** A built site's offline index read from disk: the manifest, a shard reader, and the whole index put back together. */
export function readOfflineIndex(dist: string): { manifest: OfflineManifest; load: (key: string) => TermShard | PageRow[]; whole: () => OfflineIndex } {
  const manifest = evaluateOfflineIndex(readFileSync(path.join(dist, 'search-index.js'), 'utf8'));
  const load = (key: string) => {
    const shard = evaluateShard(readFileSync(path.join(dist, manifest.shards.folder, `${key}.js`), 'utf8'))[key];
    if (!shard) throw new Error(`shard ${key} did not define itself`);
    return shard;
  };
  const whole = (): OfflineIndex => {
    const terms = manifest.shards.termIds.map((_, s) => load(`t${s}`) as TermShard);
    const groups = new Map<number, { group: number[]; postings: number[] }>();
    for (const t of terms) t.groups.forEach((g, i) => groups.set(g[0]!, { group: g.slice(1), postings: t.groupPostings[i]! }));
    const order = [...groups.keys()].sort((a, b) => a - b);
    const rows: PageRow[] = [];
    for (let p = 0; p * manifest.shards.pageSize < manifest.pageCount; p++) rows.push(...(load(`p${p}`) as PageRow[]));
    const { shards: _, ...rest } = manifest;
    return {
      ...rest,
      terms: terms.flatMap((t) => t.terms),
      postings: terms.flatMap((t) => t.postings),
      groups: order.map((g) => groups.get(g)!.group),
      groupPostings: order.map((g) => groups.get(g)!.postings),
      rows,
    };
  };
  return { manifest, load, whole };
}
