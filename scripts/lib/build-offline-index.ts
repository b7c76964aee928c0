/**
 * The compact search index for the file:// fallback: the pages Pagefind indexes,
 * their weighted word counts as delta-encoded postings, per-page columns for ranking
 * and filters, and what a result row shows. shard-offline-index.ts cuts it into the
 * classic scripts a page loads from disk (only the parts one query needs).
 */
import type { SearchPage } from './extract-search-page.ts';

/** Page kinds, in the order their codes are stored. Matches `KINDS` in public/search-offline.js. */
export const KINDS = ['article', 'person', 'organisation', 'date'] as const;

/** What a result row shows: [url, title, excerpt]. Loaded only for the results on screen. */
export type PageRow = [string, string, string];

/**
 * Per-page values the ranking, filters and date sort need for every page, as parallel
 * columns of small codes (every query loads them, so they are kept short).
 */
export interface PageColumns {
  /** Page length in words (Pagefind's count), for BM25's length normalisation. */
  words: number[];
  /** Codes into `OfflineIndex.dates` (the sort date), -1 for none. */
  dates: number[];
  /** Codes into `OfflineIndex.profiles`. */
  profiles: number[];
}

/** A page's filter values: [code into `KINDS`, publication codes, year codes] (codes ascending). */
export type PageProfile = [number, number[], number[]];

/** Bits of a posting's metadata mask: the word is in the page's title, other names, date. Matches `META_BITS` in public/search-offline.js. */
export const META_BITS = { title: 1, names: 2, date: 4 } as const;

export interface OfflineIndex {
  version: 2;
  /** Mean page length in words, for BM25's length normalisation. */
  averageWords: number;
  pageCount: number;
  publications: string[];
  years: string[];
  /** Sort dates (ISO) that pages carry, ascending. */
  dates: string[];
  /** Distinct filter profiles, in order of their JSON. */
  profiles: PageProfile[];
  pages: PageColumns;
  /** Sorted stemmed words; `postings[i]` belongs to `terms[i]`. */
  terms: string[];
  /**
   * Flat pairs [page delta, count x 8 + metadata mask, …]; page numbers ascend, so deltas
   * stay small. Counts are in Pagefind's units, 24 per plain word (an h1 word is 168); a
   * count of 0 means the word is only in the page's metadata. The mask (`META_BITS`)
   * says which of title, other names and date hold the word, for the metadata boost.
   */
  postings: number[][];
  /**
   * Compound chunks whose words share one position: [chunk weight, part weight,
   * main word id, part word ids…]. Pagefind counts one word per query word there.
   */
  groups: number[][];
  /** How often each group occurs on each page, as [page delta, occurrences, …]. */
  groupPostings: number[][];
  /** One row per page, in page order (page numbers follow URL order). */
  rows: PageRow[];
}

export interface IndexInput {
  /** Page path from the site root, e.g. `people/ray-jones.html`. */
  url: string;
  page: SearchPage;
}

/** One indexed position, as public/search-words.js `positions` returns it. */
export interface IndexedPosition {
  main: string;
  parts: string[];
  /** Number of compound parts the chunk's weight is split between. */
  k: number;
  /** A part equals the main word; Pagefind then counts that word at the part's weight. */
  mainIsPart: boolean;
}

export interface OfflineIndexOptions {
  /** The shared tokeniser (`positions` of public/search-words.js), so index and query agree. */
  positions: (text: string) => IndexedPosition[];
  /** Longest excerpt kept per page, in characters. Default 220. */
  excerptChars?: number;
}

/** Pagefind's integer weight: 24 per unit of `data-pagefind-weight`, capped at 10, at least 1 unless 0. */
export function weightUnits(weight: number): number {
  return weight <= 0 ? 0 : Math.max(1, Math.floor(Math.min(weight, 10) * 24));
}

const round = (n: number) => Math.round(n * 100) / 100;
const SEP = '\u0001';

function excerpt(page: SearchPage, max: number): string {
  // The title is shown on its own line, so a body-text excerpt leaves it out.
  const source = page.description ?? page.blocks.filter((b) => b.text !== page.meta.title).map((b) => b.text).join(' ');
  const text = source.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Which pages Pagefind indexes: those with `data-pagefind-body`, or all when no page has one. */
export function searchablePages(inputs: IndexInput[]): IndexInput[] {
  const anyBody = inputs.some((i) => i.page.hasBody);
  return inputs.filter((i) => !anyBody || i.page.hasBody);
}

/** Appends (page, weight) to a flat posting list; pages arrive in ascending order. */
function add(table: Map<string, number[]>, key: string, page: number, weight: number): void {
  const list = table.get(key);
  if (!list) table.set(key, [page, weight]);
  else if (list[list.length - 2] === page) list[list.length - 1]! += weight;
  else list.push(page, weight);
}

/** Absolute page numbers to deltas, in place. */
function encode(list: number[]): number[] {
  for (let i = list.length - 2, next = Infinity; i >= 0; i -= 2) {
    const page = list[i]!;
    if (next !== Infinity) list[i + 2] = next - page;
    next = page;
  }
  return list;
}

/**
 * Builds the offline index from extracted pages, in the order given (callers pass
 * them sorted by URL, so the output is stable). Pages are consumed one at a time and
 * only their counts are kept, so a large site can be streamed through.
 */
export function buildOfflineIndex(inputs: Iterable<IndexInput>, options: OfflineIndexOptions): OfflineIndex {
  const builder = offlineIndexBuilder(options);
  for (const input of inputs) builder.add(input);
  return builder.finish();
}

/** buildOfflineIndex one page at a time, for pages that arrive in batches (from worker threads). */
export function offlineIndexBuilder(options: OfflineIndexOptions): { add(input: IndexInput): void; finish(): OfflineIndex } {
  const max = options.excerptChars ?? 220;
  const counts = new Map<string, number[]>();
  const groups = new Map<string, number[]>();
  const masks = new Map<string, number>();
  const publications: string[] = [];
  const years: string[] = [];
  const words: number[] = [];
  const dates: (string | null)[] = [];
  const kinds: number[] = [];
  const pagePublications: number[][] = [];
  const pageYears: number[][] = [];
  const rows: PageRow[] = [];
  const code = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
    return list.indexOf(name);
  };
  let totalWords = 0;
  const addPage = ({ url, page }: IndexInput) => {
    const n = rows.length;
    // Page length as Pagefind counts it: whitespace-separated chunks, punctuation included.
    const length = page.blocks.map((b) => b.text).join(' ').split(/\s+/).filter(Boolean).length;
    for (const block of page.blocks) {
      const weight = weightUnits(block.weight);
      for (const { main, parts, k, mainIsPart } of options.positions(block.text)) {
        // Compound parts share the chunk's weight, as in Pagefind's indexer.
        const partWeight = k > 0 && weight > 0 ? Math.max(1, Math.floor(weight / k)) : 0;
        const mainWeight = mainIsPart ? partWeight : weight;
        add(counts, main, n, mainWeight);
        for (const part of parts) add(counts, part, n, partWeight);
        if (parts.length) add(groups, [mainWeight, partWeight, main, ...[...parts].sort()].join(SEP), n, 1);
      }
    }
    // Metadata words make a page match without adding to its body counts.
    for (const value of Object.values(page.meta)) {
      for (const p of options.positions(value)) for (const word of [p.main, ...p.parts]) add(counts, word, n, 0);
    }
    const title = page.meta.title ?? url;
    const date = page.sort.date ?? page.meta.date ?? null;
    // Which fields hold each word, so the metadata boost needs no page text at query time.
    masks.clear();
    for (const [field, value] of [['title', title], ['names', page.meta.names ?? ''], ['date', date ?? '']] as const) {
      for (const p of options.positions(value)) for (const word of [p.main, ...p.parts]) masks.set(word, (masks.get(word) ?? 0) | META_BITS[field]);
    }
    for (const [word, mask] of masks) {
      const list = counts.get(word);
      if (list && list[list.length - 2] === n) list[list.length - 1]! += mask / 8;
    }
    totalWords += length;
    words.push(length);
    kinds.push(Math.max(KINDS.indexOf((page.filters.kind?.[0] ?? 'article') as (typeof KINDS)[number]), 0));
    dates.push(date);
    pagePublications.push([...new Set(page.filters.publication ?? [])].map((name) => code(publications, name)));
    pageYears.push([...new Set(page.filters.year ?? [])].map((year) => code(years, year)));
    rows.push([url, title, excerpt(page, max)]);
  };
  return { add: addPage, finish };

  function finish(): OfflineIndex {
    // Codes follow the sorted names, whatever order pages came in.
    const recode = (list: string[], perPage: number[][]) => {
      const sorted = [...list].sort();
      const to = list.map((name) => sorted.indexOf(name));
      return { sorted, perPage: perPage.map((codes) => codes.map((c) => to[c]!).sort((a, b) => a - b)) };
    };
    const pubs = recode(publications, pagePublications);
    const yrs = recode(years, pageYears);
    const dateList = [...new Set(dates.filter((d): d is string => d !== null))].sort();
    const dateCode = new Map(dateList.map((d, i) => [d, i]));
    const profileKeys = kinds.map((kind, p) => JSON.stringify([kind, pubs.perPage[p], yrs.perPage[p]]));
    const profileList = [...new Set(profileKeys)].sort();
    const profileCode = new Map(profileList.map((key, i) => [key, i]));
    const terms = [...counts.keys()].sort();
    const ids = new Map(terms.map((t, i) => [t, i]));
    const groupKeys = [...groups.keys()].sort();
    return {
      version: 2,
      averageWords: rows.length ? round(totalWords / rows.length) : 1,
      pageCount: rows.length,
      publications: pubs.sorted,
      years: yrs.sorted,
      dates: dateList,
      profiles: profileList.map((key) => JSON.parse(key) as PageProfile),
      pages: { words, dates: dates.map((d) => (d === null ? -1 : dateCode.get(d)!)), profiles: profileKeys.map((key) => profileCode.get(key)!) },
      terms,
      // Masks were added as eighths, so count x 8 + mask is an integer.
      postings: terms.map((t) => encode(counts.get(t)!).map((v, i) => (i % 2 ? Math.round(v * 8) : v))),
      groups: groupKeys.map((key) => {
        const [weight, partWeight, ...words] = key.split(SEP);
        return [Number(weight), Number(partWeight), ...words.map((w) => ids.get(w)!)];
      }),
      groupPostings: groupKeys.map((k) => encode(groups.get(k)!)),
      rows,
    };
  }
}
