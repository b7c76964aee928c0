/**
 * The compact search index for the file:// fallback: the pages Pagefind indexes,
 * their weighted word counts as delta-encoded postings, and what a result row needs.
 * Shipped as a classic script (`search-index.js`) because from disk that is the one
 * thing a page can load; the search page injects it only when someone searches.
 */
import type { SearchPage } from './extract-search-page.ts';

/** Page kinds, in the order their codes are stored. Matches `KINDS` in public/search-offline.js. */
export const KINDS = ['article', 'person', 'organisation', 'date'] as const;

/** One page: [url, title, kind code, date, excerpt, publication codes, years, word count, other names]. */
export type PageRow = [string, string, number, string | null, string, number[], string[], number, string];

export interface OfflineIndex {
  version: 1;
  /** Mean page length in words, for BM25's length normalisation. */
  averageWords: number;
  publications: string[];
  /** Sorted stemmed words; `postings[i]` belongs to `terms[i]`. */
  terms: string[];
  /**
   * Flat pairs [page delta, weighted count, …]; page numbers ascend, so deltas stay small.
   * Counts are in Pagefind's units, 24 per plain word (an h1 word is 168). A count of 0
   * means the word is only in the page's title or date metadata.
   */
  postings: number[][];
  /**
   * Compound chunks whose words share one position: [chunk weight, part weight,
   * main word id, part word ids…]. Pagefind counts one word per query word there.
   */
  groups: number[][];
  /** How often each group occurs on each page, as [page delta, occurrences, …]. */
  groupPostings: number[][];
  pages: PageRow[];
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
  const max = options.excerptChars ?? 220;
  const counts = new Map<string, number[]>();
  const groups = new Map<string, number[]>();
  const publications: string[] = [];
  const rows: PageRow[] = [];
  let totalWords = 0;
  for (const { url, page } of inputs) {
    const n = rows.length;
    // Page length as Pagefind counts it: whitespace-separated chunks, punctuation included.
    const words = page.blocks.map((b) => b.text).join(' ').split(/\s+/).filter(Boolean).length;
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
    totalWords += words;
    const kind = KINDS.indexOf((page.filters.kind?.[0] ?? 'article') as (typeof KINDS)[number]);
    const pubs = [...new Set(page.filters.publication ?? [])].map((name) => {
      if (!publications.includes(name)) publications.push(name);
      return publications.indexOf(name);
    });
    rows.push([url, page.meta.title ?? url, Math.max(kind, 0), page.sort.date ?? page.meta.date ?? null, excerpt(page, max), pubs, [...new Set(page.filters.year ?? [])].sort(), words, page.meta.names ?? '']);
  }
  // Publication codes follow the sorted names, whatever order pages came in.
  const sortedPublications = [...publications].sort();
  const recode = publications.map((name) => sortedPublications.indexOf(name));
  for (const row of rows) row[5] = row[5].map((code) => recode[code]!).sort((a, b) => a - b);
  const terms = [...counts.keys()].sort();
  const ids = new Map(terms.map((t, i) => [t, i]));
  const groupKeys = [...groups.keys()].sort();
  return {
    version: 1,
    averageWords: rows.length ? round(totalWords / rows.length) : 1,
    publications: sortedPublications,
    terms,
    postings: terms.map((t) => encode(counts.get(t)!)),
    groups: groupKeys.map((key) => {
      const [weight, partWeight, ...words] = key.split(SEP);
      return [Number(weight), Number(partWeight), ...words.map((w) => ids.get(w)!)];
    }),
    groupPostings: groupKeys.map((k) => encode(groups.get(k)!)),
    pages: rows,
  };
}

/** The index as a classic script that sets `window.DOSSIER_SEARCH`. */
export function serializeOfflineIndex(index: OfflineIndex): string {
  // `<` escaped so page text can never close a script element.
  const json = JSON.stringify(index).replace(/</g, '\\u003c');
  return `/* Dossier offline search index (generated; see scripts/lib/build-offline-index.ts). */\nwindow.DOSSIER_SEARCH=${json};\n`;
}
