import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapHereOrInWorkers, mapInWorkers } from './map-in-workers.ts';

describe('mapInWorkers', () => {
  it('returns one output per input, in input order, whatever the batch size and thread count', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => `/folder/file-${i}.txt`);
    const expected = inputs.map((p) => p.slice('/folder/'.length));
    for (const [threads, batch] of [[1, 1], [2, 7], [3, 50]] as const) {
      assert.deepEqual(await mapInWorkers(new URL('node:path'), 'basename', inputs, { threads, batch }), expected);
    }
  });

  it('returns an empty list for no inputs without starting a worker', async () => {
    assert.deepEqual(await mapInWorkers(new URL('node:path'), 'basename', []), []);
  });

  it('rejects with the index of the input that failed', async () => {
    const inputs = ['file:///a', 'file:///b', 'http://example.org/c'];
    await assert.rejects(mapInWorkers(new URL('node:url'), 'fileURLToPath', inputs, { batch: 1 }), /fileURLToPath failed on input 2/);
  });

  it('rejects when the module has no such export', async () => {
    await assert.rejects(mapInWorkers(new URL('node:path'), 'noSuchFunction', ['x']), /no exported function noSuchFunction/);
  });
});

describe('mapInWorkers worker lifetime', () => {
  it('reuses its workers for a call soon after the last, and stops them after a second idle', async () => {
    const { threadId } = await import('node:worker_threads');
    const ids = async () => new Set(await mapInWorkers<number, number>(new URL('./map-in-workers.test-helper.ts', import.meta.url), 'threadIdOf', [1, 2, 3, 4], { threads: 2, batch: 1 }));
    const first = await ids();
    const second = await ids();
    assert.deepEqual(second, first);
    assert.ok(![...first].includes(threadId));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const third = await ids();
    assert.equal([...third].some((id) => first.has(id)), false);
  });
});

describe('mapHereOrInWorkers', () => {
  it('runs a few inputs on this thread, and on workers when asked to overlap with other work', async () => {
    const { threadId } = await import('node:worker_threads');
    const helper = new URL('./map-in-workers.test-helper.ts', import.meta.url);
    assert.deepEqual(await mapHereOrInWorkers<number, number>(helper, 'threadIdOf', [1, 2], { threads: 2 }), [threadId, threadId]);
    const overlapped = await mapHereOrInWorkers<number, number>(helper, 'threadIdOf', [1, 2], { threads: 2, overlap: true });
    assert.equal(overlapped.includes(threadId), false);
    assert.deepEqual(await mapHereOrInWorkers(helper, 'threadIdOf', []), []);
  });
});
