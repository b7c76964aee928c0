/**
 * Cuts the offline index into classic scripts, so a page opened from disk loads only
 * what one query needs: `search-index.js` (the manifest: page columns, the first word
 * of each word shard) and, under `search-index/`, word shards (a sorted run of words
 * with their postings and the compound groups touching them) and page shards (result
 * rows). public/search-shards.js picks and merges them in the browser.
 */
import type { OfflineIndex, PageRow } from './build-offline-index.ts';

/** Folder of the shards, beside `search-index.js`. */
export const SHARD_FOLDER = 'search-index/';

/** What every query needs: the index's page columns and counts, and where its shards start. */
export type OfflineManifest = Pick<OfflineIndex, 'version' | 'averageWords' | 'pageCount' | 'publications' | 'years' | 'dates' | 'profiles' | 'pages'> & {
  shards: {
    folder: string;
    /** First word of each word shard, ascending. */
    terms: string[];
    /** Id (position in the whole sorted word list) of each word shard's first word. */
    termIds: number[];
    termCount: number;
    /** Rows per page shard. */
    pageSize: number;
  };
};

/** A run of consecutive words: ids from `firstId`; groups are [group id, weight, part weight, member word ids…]. */
export interface TermShard {
  firstId: number;
  terms: string[];
  postings: number[][];
  groups: number[][];
  groupPostings: number[][];
}

export interface ShardOptions {
  /** Rough size cap of a word shard, in characters of JSON. Default 48,000. */
  termShardChars?: number;
  /** Rows per page shard. Default 100. */
  pageShardSize?: number;
}

export interface ShardFile {
  /** Key in `DOSSIER_SEARCH_SHARDS`, also the file name under `SHARD_FOLDER` without `.js`. */
  key: string;
  data: TermShard | PageRow[];
}

/** The manifest and the shards of an index; the shards are produced one at a time. */
export function shardOfflineIndex(index: OfflineIndex, options: ShardOptions = {}): { manifest: OfflineManifest; shards: () => Generator<ShardFile> } {
  const cap = options.termShardChars ?? 48_000;
  const pageSize = options.pageShardSize ?? 100;
  // Word shard boundaries: consecutive words until the postings pass the cap.
  const starts: number[] = [];
  for (let i = 0, size = Infinity; i < index.terms.length; i++) {
    if (size >= cap) {
      starts.push(i);
      size = 0;
    }
    size += index.terms[i]!.length + 4 + JSON.stringify(index.postings[i]).length;
  }
  const shardOf = (id: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // A group goes into the shard of each of its words, so whichever word a query matches brings it.
  const groupsOf = starts.map(() => [] as number[]);
  index.groups.forEach((group, g) => {
    for (const s of new Set(group.slice(2).map(shardOf))) groupsOf[s]!.push(g);
  });
  const manifest: OfflineManifest = {
    version: 2,
    averageWords: index.averageWords,
    pageCount: index.pageCount,
    publications: index.publications,
    years: index.years,
    dates: index.dates,
    profiles: index.profiles,
    pages: index.pages,
    shards: { folder: SHARD_FOLDER, terms: starts.map((i) => index.terms[i]!), termIds: starts, termCount: index.terms.length, pageSize },
  };
  function* shards(): Generator<ShardFile> {
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = starts[s + 1] ?? index.terms.length;
      yield {
        key: `t${s}`,
        data: {
          firstId: from,
          terms: index.terms.slice(from, to),
          postings: index.postings.slice(from, to),
          groups: groupsOf[s]!.map((g) => [g, ...index.groups[g]!]),
          groupPostings: groupsOf[s]!.map((g) => index.groupPostings[g]!),
        },
      };
    }
    for (let p = 0; p * pageSize < index.rows.length; p++) yield { key: `p${p}`, data: index.rows.slice(p * pageSize, (p + 1) * pageSize) };
  }
  return { manifest, shards };
}

// `<` escaped so page text can never close a script element.
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The manifest as a classic script that sets `window.DOSSIER_SEARCH`. */
export function serializeManifest(manifest: OfflineManifest): string {
  return `/* Dossier offline search index (generated; see scripts/lib/shard-offline-index.ts). */\nwindow.DOSSIER_SEARCH=${json(manifest)};\n`;
}

/** A shard as a classic script that adds itself to `window.DOSSIER_SEARCH_SHARDS`. */
export function serializeShard(shard: ShardFile): string {
  return `(window.DOSSIER_SEARCH_SHARDS=window.DOSSIER_SEARCH_SHARDS||{})[${JSON.stringify(shard.key)}]=${json(shard.data)};\n`;
}
