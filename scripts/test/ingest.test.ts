/**
 * Whole-pipeline properties of ingest on the seeds: deterministic output, committed
 * content/ up to date, and permanent ids when articles are added.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runIngest } from '../lib/run-ingest.ts';

let work: string;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sub of ['articles', 'data']) {
    for (const name of (await readdir(path.join(dir, sub))).sort()) files.set(`${sub}/${name}`, await readFile(path.join(dir, sub, name), 'utf8'));
  }
  return files;
}

async function ingest(seeds: string, out: string) {
  const result = await runIngest({ seeds, out, curation: 'content/curation.yaml', cacheDir: null, quiet: true });
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  return result;
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dossier-ingest-'));
});
after(async () => rm(work, { recursive: true, force: true }));

describe('ingest of the seeds', () => {
  it('gives byte-identical output on two clean runs', async () => {
    await ingest('seeds', path.join(work, 'a'));
    await ingest('seeds', path.join(work, 'b'));
    assert.deepEqual(await snapshot(path.join(work, 'a')), await snapshot(path.join(work, 'b')));
  });

  it('matches the committed content/ (run `npm run ingest` and commit when this fails)', async () => {
    const fresh = await snapshot(path.join(work, 'a'));
    const committed = await snapshot('content');
    assert.deepEqual([...committed.keys()], [...fresh.keys()]);
    for (const [name, text] of fresh) assert.equal(committed.get(name), text, `content/${name} is out of date`);
  });

  it('keeps every published id when a new article is added', async () => {
    const seeds = path.join(work, 'seeds-plus');
    await cp('seeds', seeds, { recursive: true });
    const out = path.join(work, 'plus');
    await ingest(seeds, out);
    const before = JSON.parse(await readFile(path.join(out, 'data', 'permalinks.json'), 'utf8')) as { id: string; current: string }[];
    await writeFile(
      path.join(seeds, 'zz-new.txt'),
      'Minister praises new social work academy\n\nBy Jo Bloggs\n\n3 March 2017\n\nThe Department for Education said on Friday that a new academy would train social workers. Professor Ray Jones of Kingston University welcomed it. A different Jones, Councillor Ann Jones of Kingston, said the council would apply.\n',
    );
    await ingest(seeds, out);
    const afterwards = new Map(
      (JSON.parse(await readFile(path.join(out, 'data', 'permalinks.json'), 'utf8')) as { id: string; current: string }[]).map((p) => [p.id, p.current]),
    );
    for (const p of before) assert.equal(afterwards.get(p.id), p.current, `id ${p.id} changed`);
  });
});

describe('ingest warnings', () => {
  it('reports a curation rule for a file that is not in the seeds folder', async () => {
    const seeds = path.join(work, 'warn-seeds');
    await cp('seeds', seeds, { recursive: true });
    const curation = path.join(work, 'warn-curation.yaml');
    await writeFile(curation, 'articles:\n  nosuchfile.txt:\n    title: "Nothing"\n');
    const result = await runIngest({ seeds, out: path.join(work, 'warn-out'), curation, cacheDir: null, quiet: true });
    assert.equal(result.ok, true);
    assert.ok(result.warnings.includes(`curation: stale rule articles."nosuchfile.txt" names no file in ${seeds}`), result.warnings.join('\n'));
  });

  it('says a folder named like an article is a folder, and warns about a folder with no articles', async () => {
    const { mkdir } = await import('node:fs/promises');
    const seeds = path.join(work, 'folder-seeds');
    await mkdir(path.join(seeds, 'drafts.txt'), { recursive: true });
    const result = await runIngest({ seeds, out: path.join(work, 'folder-out'), curation: null, cacheDir: null, quiet: true });
    assert.ok(result.warnings.includes('drafts.txt: ignored (a folder or special file, not a text file)'), result.warnings.join('\n'));
    assert.ok(result.warnings.includes(`${seeds}: no .txt articles in this folder, so the site will have none`), result.warnings.join('\n'));
  });
});

describe('ingest on curation files that cannot be used', () => {
  it('stops on a curation file named but missing, and names a bad one once', async () => {
    const missing = path.join(work, 'no-such-curation.yaml');
    const gone = await runIngest({ seeds: 'seeds', out: path.join(work, 'cur-out'), curation: missing, curationRequired: true, cacheDir: null, quiet: true });
    assert.equal(gone.ok, false);
    assert.deepEqual(gone.problems, [{ source: missing, reason: 'curation file not found' }]);
    const bad = path.join(work, 'bad-curation.yaml');
    await writeFile(bad, 'articles:\n  a.txt:\n    titel: x\n');
    const wrong = await runIngest({ seeds: 'seeds', out: path.join(work, 'cur-out'), curation: bad, cacheDir: null, quiet: true });
    assert.deepEqual(wrong.problems, [{ source: bad, reason: 'articles."a.txt": Unrecognized key: "titel"' }]);
  });
});
