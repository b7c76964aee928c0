import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentCache } from './content-cache.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('ContentCache', () => {
  it('returns what was stored under a key, and null for an unknown key', () => {
    const cache = new ContentCache<{ n: number }>(path.join(temp, 'a'), 'thing', 'f'.repeat(64));
    const key = cache.key({ text: 'hello' });
    assert.equal(cache.get(key), null);
    cache.set(key, { n: 1 });
    assert.deepEqual(cache.get(key), { n: 1 });
  });

  it('tells which keys have no entry without reading them', () => {
    const cache = new ContentCache<number>(path.join(temp, 'e'), 'thing', 'f'.repeat(64));
    assert.deepEqual(cache.absent([cache.key(1)]), [0]);
    cache.set(cache.key(1), 1);
    assert.deepEqual(cache.absent([cache.key(1), cache.key(2)]), [1]);
    assert.deepEqual([...cache.keys()], [cache.key(1)]);
  });

  it('derives equal keys from equal inputs and different keys from different inputs', () => {
    const cache = new ContentCache(path.join(temp, 'b'), 'thing', 'f'.repeat(64));
    assert.equal(cache.key({ a: [1, 2] }), cache.key({ a: [1, 2] }));
    assert.notEqual(cache.key({ a: [1, 2] }), cache.key({ a: [2, 1] }));
  });

  it('treats a truncated entry as a miss', () => {
    const cache = new ContentCache<number[]>(path.join(temp, 'c'), 'thing', 'f'.repeat(64));
    const key = cache.key('x');
    cache.set(key, [1, 2, 3]);
    writeFileSync(path.join(cache.root, key.slice(0, 2), `${key}.json`), '[1, 2');
    assert.equal(cache.get(key), null);
  });

  it('keeps entries of different code versions apart, and prunes the other versions of its own kind only', () => {
    const dir = path.join(temp, 'd');
    const old = new ContentCache<string>(dir, 'extract', 'a'.repeat(64));
    const other = new ContentCache<string>(dir, 'mdx', 'a'.repeat(64));
    const current = new ContentCache<string>(dir, 'extract', 'b'.repeat(64));
    old.set(old.key(1), 'old');
    other.set(other.key(1), 'other');
    assert.equal(current.get(current.key(1)), null);
    current.set(current.key(1), 'new');
    current.pruneOtherVersions();
    assert.equal(existsSync(old.root), false);
    assert.deepEqual(readdirSync(dir).sort(), [path.basename(current.root), path.basename(other.root)].sort());
    assert.equal(current.get(current.key(1)), 'new');
  });
});
