import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readSeeds, type KnownSeeds } from './read-seeds.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-seeds-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string, ageSeconds = 60) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const when = Date.now() / 1000 - ageSeconds;
  utimesSync(file, when, when);
};
/** An earlier read, as if it had happened `seconds` ago. */
const earlier = (seen: KnownSeeds, seconds = 0): KnownSeeds => ({ ...seen, readAt: Date.now() - seconds * 1000 });

describe('readSeeds', () => {
  it('reads and decodes every .txt file, reporting duplicates and leaving other files alone', async () => {
    write('a.txt', 'Council cuts\n\nThe council said so.');
    write('b.txt', 'Council cuts\n\nThe council said so.');
    write('notes.md', '# not an article');
    const read = await readSeeds(dir);
    assert.deepEqual(read.files.map((f) => [f.source, f.text]), [['a.txt', 'Council cuts\n\nThe council said so.']]);
    assert.deepEqual(read.problems, [{ source: 'b.txt', reason: 'duplicate: same content as a.txt' }]);
    assert.deepEqual(read.ignored, ['notes.md']);
    assert.deepEqual(Object.keys(read.seen.files), ['a.txt', 'b.txt']);
    unlinkSync(path.join(dir, 'b.txt'));
  });

  it('leaves hidden files alone, such as the metadata macOS writes beside a copied file', async () => {
    write('._c.txt', Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]).toString('latin1'));
    write('.hidden.txt', 'Hidden\n\nNot an article.');
    const read = await readSeeds(dir);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.ignored.filter((n) => n.startsWith('.')), ['._c.txt', '.hidden.txt']);
    unlinkSync(path.join(dir, '._c.txt'));
    unlinkSync(path.join(dir, '.hidden.txt'));
  });

  it('does not read a file whose size and modification time are as an earlier read saw them', async () => {
    write('c.txt', 'Library saved\n\nResidents cheered.');
    const first = await readSeeds(dir);
    unlinkSync(path.join(dir, 'a.txt'));
    write('a.txt', 'Council cuts\n\nThe council said so.');
    const again = await readSeeds(dir, earlier(first.seen));
    const c = again.files.find((f) => f.source === 'c.txt')!;
    assert.equal(c.sha256, first.files.find((f) => f.source === 'c.txt')!.sha256);
    // Not read: its text is read only when asked for, so a file gone since shows it.
    unlinkSync(path.join(dir, 'c.txt'));
    assert.throws(() => c.text, /ENOENT/);
    // a.txt was rewritten (a new modification time): read again.
    assert.equal(again.files.find((f) => f.source === 'a.txt')!.text, 'Council cuts\n\nThe council said so.');
  });

  it('reads a file again when its size changed, or when it was modified just before the earlier read', async () => {
    write('d.txt', 'Bridge shut\n\nIt will reopen in May.');
    const first = await readSeeds(dir);
    write('d.txt', 'Bridge shut\n\nIt will reopen in June.');
    const changed = await readSeeds(dir, earlier(first.seen));
    assert.equal(changed.files.find((f) => f.source === 'd.txt')!.text, 'Bridge shut\n\nIt will reopen in June.');
    // Same size and time as seen, but modified within the racy window of that read: not trusted.
    write('d.txt', 'Bridge shut\n\nIt will reopen in Juno.', 1);
    const racy = await readSeeds(dir);
    write('d.txt', 'Bridge shut\n\nIt will reopen in July.', 1);
    const stats = racy.seen.files['d.txt']!;
    utimesSync(path.join(dir, 'd.txt'), stats.mtimeMs / 1000, stats.mtimeMs / 1000);
    const reread = (await readSeeds(dir, earlier(racy.seen))).files.find((f) => f.source === 'd.txt')!;
    assert.notEqual(reread.sha256, stats.sha256);
    assert.equal(reread.text, 'Bridge shut\n\nIt will reopen in July.');
    // The same file seen long enough after it was modified is trusted (and so keeps the hash it had).
    assert.equal((await readSeeds(dir, earlier(racy.seen, -10))).files.find((f) => f.source === 'd.txt')!.sha256, stats.sha256);
  });

  it('repeats an earlier decoding warning for a file it does not read again', async () => {
    write('e.txt', '');
    writeFileSync(path.join(dir, 'e.txt'), Buffer.from('Caf\xe9 closes\n\nThe caf\xe9 shut.', 'latin1'));
    utimesSync(path.join(dir, 'e.txt'), Date.now() / 1000 - 60, Date.now() / 1000 - 60);
    const first = await readSeeds(dir);
    const again = await readSeeds(dir, earlier(first.seen));
    const warned = (read: typeof first) => read.warnings.filter((w) => w.source === 'e.txt').map((w) => w.reason);
    assert.equal(warned(first).length, 1);
    assert.deepEqual(warned(again), warned(first));
  });
});

describe('readSeeds on broken folders and later copies', () => {
  it('keeps the file an earlier run read when a copy with a shorter name is added', async () => {
    const own = mkdtempSync(path.join(tmpdir(), 'dossier-seeds-'));
    try {
      writeFileSync(path.join(own, '000_published-story.txt'), 'Story\n\nText.');
      const first = await readSeeds(own);
      writeFileSync(path.join(own, 'copy.txt'), 'Story\n\nText.');
      const second = await readSeeds(own, first.seen);
      assert.deepEqual(second.files.map((f) => f.source), ['000_published-story.txt']);
      assert.deepEqual(second.problems, [{ source: 'copy.txt', reason: 'duplicate: same content as 000_published-story.txt' }]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('reports a broken link as that file\'s problem and reads the rest; names a missing folder in one line', async () => {
    const own = mkdtempSync(path.join(tmpdir(), 'dossier-seeds-'));
    try {
      writeFileSync(path.join(own, 'good.txt'), 'Story\n\nText.');
      const { symlinkSync } = await import('node:fs');
      symlinkSync(path.join(own, 'gone.txt'), path.join(own, 'broken.txt'));
      const read = await readSeeds(own);
      assert.deepEqual(read.files.map((f) => f.source), ['good.txt']);
      assert.deepEqual(read.problems.map((p) => p.source), ['broken.txt']);
      assert.match(read.problems[0]!.reason, /^cannot read the file: not found/);
      await assert.rejects(readSeeds(path.join(own, 'missing')), (e: Error) => e.message.startsWith(`${path.join(own, 'missing')}: cannot list the seeds folder: not found`) && !e.message.includes('\n'));
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
