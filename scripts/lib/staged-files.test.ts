import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { StagedFiles } from './staged-files.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'staged-files-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('StagedFiles', () => {
  it('keeps pieces in memory until the budget is spent, then moves that file to a temporary file', () => {
    const dir = path.join(temp, 'data');
    const staged = new StagedFiles(dir, 10);
    staged.append('a.json', '[1');
    staged.append('a.json', ',2]\n');
    staged.append('b.json', '["é'); // 4 bytes in UTF-8: just fits
    staged.append('b.json', 'xyz"]\n'); // does not: b goes to disk, with the piece it held
    staged.append('c.json', '[]\n');
    assert.deepEqual(staged.files.get('a.json'), ['[1', ',2]\n']);
    assert.deepEqual(staged.files.get('c.json'), ['[]\n']);
    const b = staged.files.get('b.json') as { staged: string };
    assert.equal(path.dirname(b.staged), dir);
    assert.equal(readFileSync(b.staged, 'utf8'), '["éxyz"]\n');
  });

  it('gives the bytes of a file it moved to disk back to the budget', () => {
    const staged = new StagedFiles(path.join(temp, 'refund'), 6);
    staged.append('a.json', '[1,2');
    staged.append('a.json', ',3,4]\n'); // does not fit: a.json goes to disk and its 4 bytes come back
    staged.append('b.json', '[5,6]\n');
    assert.equal('staged' in (staged.files.get('a.json') as object), true);
    assert.deepEqual(staged.files.get('b.json'), ['[5,6]\n']);
  });

  it('removes the temporary files it made when discarded', () => {
    const dir = path.join(temp, 'discard');
    const staged = new StagedFiles(dir, 0);
    staged.append('people.json', '[]\n');
    assert.equal(readdirSync(dir).length, 1);
    staged.discard();
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(existsSync(dir), true);
  });
});
