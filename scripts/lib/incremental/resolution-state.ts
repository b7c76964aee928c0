/**
 * What one ingest leaves for the next to patch the data files instead of rebuilding
 * them: each article's record (what it fed), the global digest, and the size and
 * modification time of each data file as written, so a file changed since (by hand,
 * or by another run) is never patched.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PATCHED_FILES, type ArticleRecord, type PreviousRun } from '../build-data-files.ts';
import { ContentCache } from '../content-cache.ts';
import { moduleFingerprint } from '../module-fingerprint.ts';

interface StoredState {
  global: string;
  /** Article identity (parse digest and id) -> its record. */
  records: Record<string, ArticleRecord>;
  /** Data file name -> how it was when written. */
  files: Record<string, { size: number; mtimeMs: number }>;
}

/** The state of the runs into one output folder, kept in the cache folder. */
export class ResolutionState {
  private readonly cache: ContentCache<StoredState>;
  private readonly key: string;
  private readonly dataDir: string;

  private constructor(cache: ContentCache<StoredState>, out: string) {
    this.cache = cache;
    this.dataDir = path.join(out, 'data');
    this.key = cache.key(`resolution:${path.resolve(out)}`);
  }

  /** @param out the output folder: the state of one folder never patches another's files */
  static async open(cacheDir: string, out: string): Promise<ResolutionState> {
    // The state is only as good as the code that made the records and printed the files, and the
    // extractor: an article's identity (its parse and id) does not change when the extractor does.
    const modules = ['../build-data-files.ts', '../validate-data-files.ts', '../extract-article.ts'];
    const parts = await Promise.all(modules.map((m) => moduleFingerprint(new URL(m, import.meta.url))));
    const cache = new ContentCache<StoredState>(cacheDir, 'resolve', createHash('sha256').update(parts.join('\0')).digest('hex'));
    cache.pruneOtherVersions();
    return new ResolutionState(cache, out);
  }

  /**
   * The earlier run, as the current articles see it, or null when there is none.
   * @param identities per current article, its identity (null when it has none: nothing is reused)
   */
  previous(identities: readonly (string | null)[]): PreviousRun | null {
    if (identities.some((id) => id === null)) return null;
    const stored = this.cache.get(this.key);
    if (!stored) return null;
    const present = new Set(identities);
    return {
      global: stored.global,
      records: identities.map((id) => stored.records[id!] ?? null),
      removed: Object.entries(stored.records).flatMap(([id, record]) => (present.has(id) ? [] : [record])),
      bytes: (name) => this.unchanged(stored, name),
    };
  }

  /** Keeps this run's records and the data files as they are now on disk (call after writing them). */
  save(global: string, identities: readonly (string | null)[], records: ArticleRecord[]): void {
    if (identities.some((id) => id === null)) return;
    const files: StoredState['files'] = {};
    for (const name of PATCHED_FILES) {
      const stat = statSync(this.file(name), { throwIfNoEntry: false });
      if (stat) files[name] = { size: stat.size, mtimeMs: stat.mtimeMs };
    }
    const byIdentity = Object.fromEntries(identities.map((id, i) => [id!, records[i]!]));
    this.cache.set(this.key, { global, records: byIdentity, files });
  }

  private unchanged(stored: StoredState, name: string): Buffer | null {
    const was = stored.files[name];
    const stat = statSync(this.file(name), { throwIfNoEntry: false });
    if (!was || !stat || stat.size !== was.size || stat.mtimeMs !== was.mtimeMs) return null;
    return readFileSync(this.file(name));
  }

  private file(name: string): string {
    return path.join(this.dataDir, `${name}.json`);
  }
}
