import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { closeWorkers } from './map-in-workers.ts';
import { MIN_OVERLAP_HITS } from './map-in-workers.ts';
import { prepareAll, prepareAllWithDigests, type PrepareInput } from './prepare-all.ts';
import { prepareTask } from './prepare-task.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'prepare-all-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** A made-up article file; every fifth one has no body, so it comes back as a problem. */
function input(i: number): PrepareInput {
  const text = i % 5 === 4
    ? `Headline number ${i}\n`
    : `Bridge repairs ${i} delayed again\n\nBy Tomasz Wierzbicki\n\n${i + 1} March 2019\n\nThe county said the work on crossing ${i} would take ${i + 2} more weeks.\n\n"We are sorry for the delay," said Ines Marchetti, the engineer in charge.\n`;
  return { source: `story-${i}.txt`, sha256: String(i).padStart(64, '0'), text, curation: i === 3 ? { title: 'Curated title' } : undefined };
}

describe('prepareAll', () => {
  const inputs = Array.from({ length: 70 }, (_, i) => input(i));
  const expected = inputs.map(prepareTask);

  it('gives the same results, in input order, on worker threads as on the main thread', async () => {
    assert.deepEqual(await prepareAll(inputs, null, { threads: 2 }), expected);
    assert.deepEqual(await prepareAll(inputs, null, { threads: 1 }), expected);
    assert.equal(expected[4]!.ok, false);
    assert.equal(expected[3]!.ok && expected[3]!.article.title, 'Curated title');
  });

  it('serves unchanged files from the cache and parses a changed curation entry again', async () => {
    const dir = path.join(temp, 'cache');
    assert.deepEqual(await prepareAll(inputs, dir, { threads: 1 }), expected);
    assert.deepEqual(await prepareAll(inputs, dir, { threads: 1 }), expected);
    const recurated = inputs.map((x, i) => (i === 3 ? { ...x, curation: { title: 'Another title' } } : x));
    const out = await prepareAll(recurated, dir, { threads: 1 });
    assert.equal(out[3]!.ok && out[3]!.article.title, 'Another title');
  });

  it('gives equal digests for equal inputs and a new digest when an input changes', async () => {
    const dir = path.join(temp, 'digests');
    const first = await prepareAllWithDigests(inputs, dir, { threads: 1 });
    const again = await prepareAllWithDigests(inputs, dir, { threads: 1 });
    // Trees are kept apart and read on demand.
    assert.deepEqual(first.results, expected.map((r) => (r.ok ? { ok: true, article: (({ tree: _tree, ...meta }) => meta)(r.article) } : r)));
    assert.deepEqual(again.tree(3), expected[3]!.ok && expected[3]!.article.tree);
    assert.deepEqual(again.digests, first.digests);
    assert.equal(new Set(first.digests).size, inputs.length);
    const recurated = inputs.map((x, i) => (i === 5 ? { ...x, curation: { title: 'Another title' } } : x));
    const changed = await prepareAllWithDigests(recurated, dir, { threads: 1 });
    assert.deepEqual(changed.digests.map((d, i) => d === first.digests[i]), inputs.map((_, i) => i !== 5));
    assert.deepEqual((await prepareAllWithDigests(inputs, null, { threads: 1 })).digests, inputs.map(() => null));
  });

  it('parses a changed file on a worker while reading the cached ones, with the same result', async () => {
    const dir = path.join(temp, 'overlap');
    const many = Array.from({ length: MIN_OVERLAP_HITS + 2 }, (_, i) => input(i));
    await prepareAll(many, dir, { threads: 1 });
    const edited = many.map((x, i) => (i === 7 ? { ...x, sha256: 'e'.repeat(64), text: x.text.replace('delayed again', 'finished early') } : x));
    const out = await prepareAll(edited, dir, { threads: 2 });
    assert.deepEqual(out[7], prepareTask(edited[7]!));
    assert.deepEqual(out[8], prepareTask(many[8]!));
    await closeWorkers();
  });
});

