/**
 * Incremental ingest: with the cache, a run after one article changed redoes only
 * that article's parse and extraction, and writes exactly what a clean ingest writes.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runIngest } from '../lib/run-ingest.ts';

let work: string;

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Number of cached entries of one kind (`prepare`, `extract`, `mdx`). */
async function entries(cache: string, kind: string): Promise<number> {
  const names = (await readdir(cache, { recursive: true })).map(String);
  return names.filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.json')).length;
}

async function ingest(seeds: string, out: string, cacheDir: string | null) {
  const result = await runIngest({ seeds, out, curation: null, cacheDir, quiet: true });
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  return result;
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dossier-incremental-'));
});
after(async () => rm(work, { recursive: true, force: true }));

describe('incremental ingest', () => {
  it('after one article changes, reparses only it and writes byte-identical output to a clean ingest', async () => {
    const seeds = path.join(work, 'seeds');
    const out = path.join(work, 'out');
    const cache = path.join(work, 'cache');
    await cp('seeds', seeds, { recursive: true });
    await ingest(seeds, out, cache);
    const count = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).length;
    assert.equal(await entries(cache, 'prepare'), count);

    // A correction added to the longest paragraph (body text, not furniture) of one article.
    const name = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort()[1]!;
    const blocks = (await readFile(path.join(seeds, name), 'utf8')).split(/\n\s*\n/);
    const longest = blocks.reduce((best, b, i) => (b.length > blocks[best]!.length ? i : best), 0);
    blocks[longest] = `${blocks[longest]!.trimEnd()} The figures were corrected after publication.`;
    await writeFile(path.join(seeds, name), blocks.join('\n\n'));
    const patched = await ingest(seeds, out, cache);
    assert.equal(await entries(cache, 'prepare'), count + 1);
    assert.equal(await entries(cache, 'extract'), count + 1);

    const clean = path.join(work, 'clean');
    const fresh = await ingest(seeds, clean, null);
    assert.deepEqual(await files(out), await files(clean));
    // The totals count every entry, kept or fresh, as a clean run's do.
    assert.equal(patched.patched, true);
    assert.equal(patched.summary, fresh.summary);
  });
});
