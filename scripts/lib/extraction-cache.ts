/**
 * Disk cache of per-article extractions, keyed by the article text and by the
 * extractor code itself, so an unchanged article is never extracted twice and
 * a changed extractor never serves stale results.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleExtraction, ArticleText } from './types.ts';

const LIB = path.dirname(fileURLToPath(import.meta.url));

/** Hash of every non-test source file under scripts/lib: any extractor edit invalidates the cache. */
export async function extractorFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        hash.update(entry.name).update(await readFile(full));
      }
    }
  };
  await walk(LIB);
  return hash.digest('hex');
}

export class ExtractionCache {
  readonly dir: string;
  readonly fingerprint: string;
  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  key(article: ArticleText): string {
    return createHash('sha256').update(this.fingerprint).update(JSON.stringify(article)).digest('hex');
  }

  async get(key: string): Promise<ArticleExtraction | null> {
    try {
      return JSON.parse(await readFile(path.join(this.dir, key.slice(0, 2), `${key}.json`), 'utf8')) as ArticleExtraction;
    } catch {
      return null;
    }
  }

  async set(key: string, value: ArticleExtraction): Promise<void> {
    const dir = path.join(this.dir, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${key}.json`), JSON.stringify(value));
  }
}
