/**
 * Runs the browser's offline search engine (the classic scripts search-stem.js,
 * search-words.js and search-offline.js in public/) in a Node vm, so the index
 * builder, the tests and the quality report use the very code the page runs.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { IndexedPosition, OfflineIndex } from './build-offline-index.ts';

export interface OfflineFilters {
  kind?: string;
  publication?: string;
  year?: string;
}

export interface OfflineResult {
  url: string;
  title: string;
  kind: string;
  date: string | null;
  excerpt: string;
  score: number;
  terms: string[];
}

/** The engine's script files, in load order. */
export const ENGINE_FILES = ['search-stem.js', 'search-words.js', 'search-offline.js'] as const;

/** What `DossierWords` (public/search-words.js) and `DossierOffline` (public/search-offline.js) define. */
export interface OfflineEngine {
  /** Porter2 stem of a lowercase word. */
  stem(word: string): string;
  /** Indexed words of a text, one entry per position (whitespace-separated chunk). */
  positions(text: string): IndexedPosition[];
  /** Every indexed word of a text, in order. */
  tokenise(text: string): string[];
  /** Stemmed words of a query. */
  queryTerms(query: string): string[];
  search(index: OfflineIndex, query: string, options?: { filters?: OfflineFilters; sort?: string }): OfflineResult[];
  facets(index: OfflineIndex): Record<'kind' | 'publication' | 'year', Record<string, number>>;
}

/** Evaluates the engine scripts' sources (in `ENGINE_FILES` order) and returns their API. */
export function evaluateOfflineEngine(sources: string[]): OfflineEngine {
  const context = vm.createContext({});
  sources.forEach((source, i) => vm.runInContext(source, context, { filename: ENGINE_FILES[i] ?? 'engine.js' }));
  const words = context.DossierWords as Omit<OfflineEngine, 'search' | 'facets'> | undefined;
  const ranking = context.DossierOffline as Pick<OfflineEngine, 'search' | 'facets'> | undefined;
  if (!words || !ranking || typeof ranking.search !== 'function') throw new Error('the engine scripts did not define DossierWords and DossierOffline');
  return { ...words, search: ranking.search, facets: ranking.facets };
}

/** Loads the engine from a folder holding its scripts (default: public/). */
export function loadOfflineEngine(folder = new URL('../../public/', import.meta.url)): OfflineEngine {
  return evaluateOfflineEngine(ENGINE_FILES.map((name) => readFileSync(new URL(name, folder), 'utf8')));
}

/** Evaluates a generated `search-index.js` and returns the index it defines. */
export function evaluateOfflineIndex(source: string): OfflineIndex {
  const context: Record<string, unknown> = {};
  context.window = context;
  vm.runInNewContext(source, context, { filename: 'search-index.js' });
  const index = context.DOSSIER_SEARCH as OfflineIndex | undefined;
  if (!index || index.version !== 1) throw new Error('search-index.js did not define DOSSIER_SEARCH v1');
  return index;
}
