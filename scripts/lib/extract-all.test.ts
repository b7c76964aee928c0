import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { extractAll } from './extract-all.ts';
import { extractArticle } from './extract-article.ts';
import { closeWorkers } from './map-in-workers.ts';
import { MIN_OVERLAP_HITS } from './map-in-workers.ts';
import type { ArticleText } from './types.ts';

const SURNAMES = ['Okafor', 'Lindqvist', 'Brannigan', 'Castellanos', 'Whitcombe', 'Nakamura', 'Delacroix'];
const BODIES = ['City Council', 'Housing Trust', 'Water Authority'];

/** A varied made-up article per index, long enough to exercise every extractor. */
function article(i: number): ArticleText {
  const who = `Maria ${SURNAMES[i % SURNAMES.length]}`;
  const org = `Eastbrook ${BODIES[i % BODIES.length]}`;
  return {
    id: `article-${i}`,
    title: `Plans for site ${i} approved`,
    published: `201${i % 10}-0${(i % 9) + 1}-1${i % 10}`,
    author: null,
    segments: [
      { paragraph: 1, kind: 'body', text: `${who}, chief executive of the ${org}, said on Tuesday that ${i + 3}% of the budget of £${i + 2}m was spent.` },
      { paragraph: 2, kind: 'body', text: `"We will publish the figures in March ${2010 + (i % 9)}," said Ms ${SURNAMES[i % SURNAMES.length]}.` },
    ],
  };
}

const temp = mkdtempSync(path.join(tmpdir(), 'extract-all-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('extractAll', () => {
  const texts = Array.from({ length: 70 }, (_, i) => article(i));
  const expected = texts.map(extractArticle);

  it('gives the same extractions, in input order, on worker threads as on the main thread', async () => {
    assert.deepEqual(await extractAll(texts, null, { threads: 2 }), expected);
    assert.deepEqual(await extractAll(texts, null, { threads: 1 }), expected);
  });

  it('stores one cache entry per article and serves the same results from the cache', async () => {
    const dir = path.join(temp, 'cache');
    assert.deepEqual(await extractAll(texts, dir, { threads: 1 }), expected);
    const entries = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.equal(entries.length, texts.length);
    assert.deepEqual(await extractAll(texts, dir, { threads: 1 }), expected);
  });

  it('extracts only the changed article again, and returns its new result', async () => {
    const dir = path.join(temp, 'cache-edit');
    await extractAll(texts, dir, { threads: 1 });
    const edited = texts.map((t, i) => (i === 5 ? { ...t, segments: [{ paragraph: 1, kind: 'body' as const, text: 'Jonas Ferreira of the Northfield Trust resigned.' }] } : t));
    const out = await extractAll(edited, dir, { threads: 1 });
    assert.deepEqual(out[5], extractArticle(edited[5]!));
    assert.deepEqual(out.slice(0, 5), expected.slice(0, 5));
    const entries = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.equal(entries.length, texts.length + 1);
  });

  it('keys the cache on the identities given instead of the texts', async () => {
    const dir = path.join(temp, 'cache-identities');
    const ids = texts.map((t) => `parse-digest:${t.id}`);
    assert.deepEqual(await extractAll(texts, dir, { threads: 1, identities: ids }), expected);
    // Same identities: the cached results come back, whatever the texts now say.
    const other = texts.map((t) => ({ ...t, title: 'Something else entirely' }));
    assert.deepEqual(await extractAll(other, dir, { threads: 1, identities: ids }), expected);
    // A new identity is a miss: that article is extracted from its text.
    const out = await extractAll(other, dir, { threads: 1, identities: ids.map((id, i) => (i === 3 ? `${id}:edited` : id)) });
    assert.deepEqual(out[3], extractArticle(other[3]!));
  });

  it('extracts a changed article on a worker while reading the cached ones, with the same result', async () => {
    const dir = path.join(temp, 'cache-overlap');
    const many = Array.from({ length: MIN_OVERLAP_HITS + 2 }, (_, i) => article(i));
    await extractAll(many, dir, { threads: 1 });
    const edited = many.map((t, i) => (i === 9 ? { ...t, title: 'Plans for site 9 rejected' } : t));
    const out = await extractAll(edited, dir, { threads: 2 });
    assert.deepEqual(out[9], extractArticle(edited[9]!));
    assert.deepEqual(out[10], extractArticle(many[10]!));
    await closeWorkers();
  });
});

