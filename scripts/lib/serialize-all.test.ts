import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { serializeAll, serializeTask, type ReadyJob } from './serialize-all.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'serialize-all-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function job(i: number): ReadyJob {
  const text = `Councillor Aled Pryce-${i} said {costs} would rise by <b>${i}%</b> from import tax.`;
  return {
    id: `article-${String(i).padStart(3, '0')}`,
    tree: { type: 'root', children: [{ type: 'paragraph', data: { kind: 'body' }, children: [{ type: 'text', value: text }] } as never] },
    frontmatter: { id: `article-${i}`, title: `Story ${i}`, published: '2015-03-02' },
    links: [{ paragraph: 1, start: 10, end: 20 + String(i).length, href: `../people/aled-pryce-${i}.html`, className: 'ent person' }],
  };
}

describe('serializeAll', () => {
  const jobs = Array.from({ length: 70 }, (_, i) => job(i));
  const expected = new Map(jobs.map((j) => [j.id, serializeTask(j)]));

  it('gives the same MDX, keyed by article id in job order, on worker threads as on the main thread', async () => {
    const parallel = await serializeAll(jobs, null, { threads: 2 });
    assert.deepEqual([...parallel], [...expected]);
    assert.deepEqual([...(await serializeAll(jobs, null, { threads: 1 }))], [...expected]);
  });

  it('serves unchanged jobs from the cache and serialises a job with new links again', async () => {
    const dir = path.join(temp, 'cache');
    assert.deepEqual([...(await serializeAll(jobs, dir, { threads: 1 }))], [...expected]);
    assert.deepEqual([...(await serializeAll(jobs, dir, { threads: 1 }))], [...expected]);
    const relinked = jobs.map((j, i) => (i === 7 ? { ...j, links: [] } : j));
    const out = await serializeAll(relinked, dir, { threads: 1 });
    assert.equal(out.get(jobs[7]!.id), serializeTask(relinked[7]!));
    assert.doesNotMatch(out.get(jobs[7]!.id)!, /aled-pryce-7\.html/);
  });

  it('keys the cache on a tree digest when one is given, so a new digest serialises again', async () => {
    const dir = path.join(temp, 'digest-cache');
    const digested = jobs.map((j, i) => ({ ...j, treeDigest: `tree-${i}` }));
    assert.deepEqual([...(await serializeAll(digested, dir, { threads: 1 }))], [...expected]);
    // Same digest, same frontmatter and links: the cached text is served, whatever the tree holds.
    const sameDigest = digested.map((j, i) => (i === 2 ? { ...j, tree: jobs[3]!.tree } : j));
    assert.equal((await serializeAll(sameDigest, dir, { threads: 1 })).get(jobs[2]!.id), expected.get(jobs[2]!.id));
    const newDigest = sameDigest.map((j, i) => (i === 2 ? { ...j, treeDigest: 'tree-2b' } : j));
    assert.equal((await serializeAll(newDigest, dir, { threads: 1 })).get(jobs[2]!.id), serializeTask(newDigest[2]!));
    assert.notEqual(serializeTask(newDigest[2]!), expected.get(jobs[2]!.id));
  });

  it('reads a tree given as a function only for jobs it must serialise', async () => {
    const dir = path.join(temp, 'lazy-cache');
    await serializeAll(jobs.map((j, i) => ({ ...j, treeDigest: `t${i}` })), dir, { threads: 1 });
    const read: string[] = [];
    const lazy = jobs.map((j, i) => ({ ...j, treeDigest: i === 4 ? 't4b' : `t${i}`, tree: () => (read.push(j.id), j.tree) }));
    const out = await serializeAll(lazy, dir, { threads: 2 });
    assert.deepEqual(read, [jobs[4]!.id]);
    assert.deepEqual([...out], [...expected]);
    assert.deepEqual([...(await serializeAll(lazy, null, { threads: 2 }))], [...expected]);
  });
});
