import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { StagedFiles } from './staged-files.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'staged-files-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('StagedFiles', () => {
  it('keeps texts in memory until the budget is spent, then writes the rest to temporary files', () => {
    const dir = path.join(temp, 'data');
    const staged = new StagedFiles(dir, 10);
    staged.add('a.json', ['[1', ',2]\n']);
    staged.add('b.json', ['["é', 'xyz"]\n']); // 11 bytes in UTF-8: over what is left
    staged.add('c.json', ['[]\n']);
    assert.deepEqual(staged.files.get('a.json'), ['[1', ',2]\n']);
    assert.deepEqual(staged.files.get('c.json'), ['[]\n']);
    const b = staged.files.get('b.json') as { staged: string };
    assert.equal(path.dirname(b.staged), dir);
    assert.equal(readFileSync(b.staged, 'utf8'), '["éxyz"]\n');
  });

  it('removes the temporary files it made when discarded', () => {
    const dir = path.join(temp, 'discard');
    const staged = new StagedFiles(dir, 0);
    staged.add('people.json', ['[]\n']);
    assert.equal(readdirSync(dir).length, 1);
    staged.discard();
    assert.deepEqual(readdirSync(dir), []);
    assert.equal(existsSync(dir), true);
  });
});
