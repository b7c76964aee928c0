import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { StagedFiles } from './staged-files.ts';
import { writeOutput } from './write-output.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'write-output-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('writes new files, leaves identical ones untouched, rewrites changed ones and removes stale MDX', async () => {
    const out = path.join(temp, 'content');
    const data = new Map([['people.json', '[]\n']]);
    const first = await writeOutput(out, data, new Map([['a', 'A\n'], ['b', 'B\n']]));
    assert.deepEqual(first, { written: 3, unchanged: 0, removed: 0 });
    writeFileSync(path.join(out, 'curation.yaml'), 'articles: {}\n');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(out, 'articles', 'a.mdx'), old, old);

    // Same size, other bytes: must be compared, not judged by size.
    const second = await writeOutput(out, data, new Map([['a', 'A\n'], ['c', 'C\n']]));
    assert.deepEqual(second, { written: 1, unchanged: 2, removed: 1 });
    assert.equal(statSync(path.join(out, 'articles', 'a.mdx')).mtime.getTime(), old.getTime());
    assert.equal(existsSync(path.join(out, 'articles', 'b.mdx')), false);
    assert.equal(readFileSync(path.join(out, 'curation.yaml'), 'utf8'), 'articles: {}\n');

    const third = await writeOutput(out, new Map([['people.json', '[1]\n']]), new Map([['a', 'X\n'], ['c', 'C\n']]));
    assert.deepEqual(third, { written: 2, unchanged: 1, removed: 0 });
    assert.equal(readFileSync(path.join(out, 'articles', 'a.mdx'), 'utf8'), 'X\n');
  });
});

describe('writeOutput with a data file in pieces', () => {
  it('writes the concatenation, and compares it with the file however it is cut', async () => {
    const out = path.join(temp, 'pieces-content');
    const file = path.join(out, 'data', 'people.json');
    assert.deepEqual(await writeOutput(out, new Map([['people.json', ['[\n1', ',\n2', '\n]\n']]]), new Map()), { written: 1, unchanged: 0, removed: 0 });
    assert.equal(readFileSync(file, 'utf8'), '[\n1,\n2\n]\n');
    assert.deepEqual(await writeOutput(out, new Map([['people.json', ['[\n1,\n', '2\n]\n']]]), new Map()), { written: 0, unchanged: 1, removed: 0 });
    // Same size, one byte different in the last piece.
    assert.deepEqual(await writeOutput(out, new Map([['people.json', ['[\n1', ',\n3', '\n]\n']]]), new Map()), { written: 1, unchanged: 0, removed: 0 });
    assert.equal(readFileSync(file, 'utf8'), '[\n1,\n3\n]\n');
  });
});

describe('writeOutput with a staged data file', () => {
  it('moves a changed file into place and drops an unchanged one, leaving no temporary file', async () => {
    const out = path.join(temp, 'staged-content');
    const cache = path.join(temp, 'staged-cache');
    const stage = (text: string) => {
      const staged = new StagedFiles(path.join(out, 'data'), 0);
      staged.append('people.json', text);
      return staged.files;
    };
    assert.deepEqual(await writeOutput(out, stage('[1]\n'), new Map()), { written: 1, unchanged: 0, removed: 0 });
    assert.deepEqual(await writeOutput(out, stage('[1]\n'), new Map()), { written: 0, unchanged: 1, removed: 0 });
    assert.deepEqual(await writeOutput(out, stage('[2]\n'), new Map(), cache, new Map([['data/people.json', 'd2']])), { written: 1, unchanged: 0, removed: 0 });
    // Known to the manifest under the same digest: not even compared.
    assert.deepEqual(await writeOutput(out, stage('[2]\n'), new Map(), cache, new Map([['data/people.json', 'd2']])), { written: 0, unchanged: 1, removed: 0 });
    assert.equal(readFileSync(path.join(out, 'data', 'people.json'), 'utf8'), '[2]\n');
    assert.deepEqual(readdirSync(path.join(out, 'data')), ['people.json']);
  });
});

describe('writeOutput with a manifest', () => {
  it('finds unchanged files without reading them, and still notices a file edited by hand', async () => {
    const out = path.join(temp, 'manifest-content');
    const cache = path.join(temp, 'manifest-cache');
    const mdx = new Map([['a', 'A\n'], ['b', 'B\n']]);
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache), { written: 2, unchanged: 0, removed: 0 });
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache), { written: 0, unchanged: 2, removed: 0 });

    // A hand edit changes the mtime (and here the bytes): the file is compared and rewritten.
    writeFileSync(path.join(out, 'articles', 'b.mdx'), 'edited\n');
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache), { written: 1, unchanged: 1, removed: 0 });
    assert.equal(readFileSync(path.join(out, 'articles', 'b.mdx'), 'utf8'), 'B\n');

    // A deleted output is written again even though the manifest knows its hash.
    rmSync(path.join(out, 'articles', 'a.mdx'));
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache), { written: 1, unchanged: 1, removed: 0 });
    assert.equal(readFileSync(path.join(out, 'articles', 'a.mdx'), 'utf8'), 'A\n');
  });

  it('reads an MDX text given as a function only when its digest is new or its file changed', async () => {
    const out = path.join(temp, 'lazy-content');
    const cache = path.join(temp, 'lazy-cache');
    const reads: string[] = [];
    const lazy = (id: string, text: string) => () => (reads.push(id), text);
    const mdx = new Map([['a', lazy('a', 'A\n')], ['b', lazy('b', 'B\n')]]);
    const digests = new Map([['articles/a.mdx', 'da'], ['articles/b.mdx', 'db']]);
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache, digests), { written: 2, unchanged: 0, removed: 0 });
    reads.length = 0;
    assert.deepEqual(await writeOutput(out, new Map(), mdx, cache, digests), { written: 0, unchanged: 2, removed: 0 });
    assert.deepEqual(reads, []);
    const changed = new Map([...mdx, ['b', lazy('b', 'B2\n')]]);
    assert.deepEqual(await writeOutput(out, new Map(), changed, cache, new Map([...digests, ['articles/b.mdx', 'db2']])), { written: 1, unchanged: 1, removed: 0 });
    assert.deepEqual(reads, ['b']);
    assert.equal(readFileSync(path.join(out, 'articles', 'b.mdx'), 'utf8'), 'B2\n');
  });
});

