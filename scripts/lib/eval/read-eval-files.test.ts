import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readExtraction, readKeys } from './read-eval-files.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eval-files-'));
  await mkdir(path.join(dir, 'keys'));
  await writeFile(path.join(dir, 'keys', 'a.json'), JSON.stringify({ file: 'a.txt' }));
  await writeFile(path.join(dir, 'keys', 'b.json'), '{ not json');
  await writeFile(path.join(dir, 'keys', 'notes.txt'), 'ignored');
  await mkdir(path.join(dir, 'out', 'data'), { recursive: true });
  await mkdir(path.join(dir, 'out', 'articles'));
  const article = { id: 'one', source: 'one.txt', title: null, author: null, publication: null, published: null };
  await writeFile(path.join(dir, 'out', 'data', 'articles.json'), JSON.stringify([article]));
  await writeFile(path.join(dir, 'out', 'data', 'people.json'), '[]');
  await writeFile(path.join(dir, 'out', 'articles', 'one.mdx'), 'Body');
});
after(() => rm(dir, { recursive: true, force: true }));

describe('readKeys', () => {
  it('reports invalid and unparsable keys by file name and skips other files', async () => {
    const { keys, errors } = await readKeys(path.join(dir, 'keys'));
    assert.equal(keys.length, 0);
    assert.equal(errors.length, 2);
    assert.match(errors[0] ?? '', /^Invalid answer key a\.json:/);
    assert.match(errors[1] ?? '', /^b\.json: not JSON/);
  });
});

describe('readExtraction', () => {
  it('reads the data files and pages, and warns about missing entity files', async () => {
    const { extraction, warnings } = await readExtraction(path.join(dir, 'out'));
    assert.deepEqual(extraction.bodies, { one: 'Body' });
    assert.equal(extraction.articles.length, 1);
    assert.equal(warnings.length, 3); // organisations, dates, quotes
  });
  it('fails when articles.json is missing', async () => {
    await assert.rejects(readExtraction(path.join(dir, 'keys')), /cannot read .*articles\.json/);
  });
});
