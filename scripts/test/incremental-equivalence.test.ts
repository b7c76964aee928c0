/**
 * Incremental ingest, attacked: after each change in a sequence, a run with the cache (which may
 * patch the earlier data files) writes exactly the bytes of a full build of the same articles with
 * the same URL history (a fresh folder holding the earlier articles.json and permalinks.json).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { editArticle } from '../../bench/edit-article.ts';
import { articleFileName, entityPool, writeCorpus } from '../../bench/generate-corpus.ts';
import { runIngest, type IngestResult } from '../lib/run-ingest.ts';

const ARTICLES = 48;
const SEED = 5;
const HISTORY = ['articles.json', 'permalinks.json'];
const pool = entityPool(ARTICLES, SEED);
const [p0, p1] = pool.people;
const [o0] = pool.organisations;

/** Hand-written articles sharing people, organisations, roles, quotes, acronyms and dates. */
const HAND: Record<string, string> = {
  'wexcombe-1.txt': `Larkspur Care Trust to run children's services in Wexcombe

By Tamsin Hale

12 March 2015

Wexcombe council will hand its children's services to the Larkspur Care Trust (LCT), ministers said on 12 March 2015.

Harriet Quillfeather, chief executive of the Larkspur Care Trust, said the charity was ready. "We have done this before and we will do it well," said Ms Quillfeather.

Osric Penhallow, the council leader, said the decision was taken on 2 February 2015. Mr Penhallow said the LCT would report to the Department for Children and Families.
`,
  'wexcombe-2.txt': `Questions over Wexcombe care deal

By Nadia Brennock

Published: 20 April 2015

The Department for Children and Families has asked the Larkspur Care Trust to explain its costs. Harriet Quillfeather met officials on 14 April 2015.

"Nobody has seen the contract," said Osric Penhallow. Ms Quillfeather said the figures would be published in May 2015.

${p0!.name} said 40% of the budget was unaccounted for. ${p0!.honorific} ${p0!.surname} wrote to the ${o0!.name} on 3 March 2015.
`,
  'wexcombe-3.txt': `Wexcombe review delayed

Tamsin Hale

Monday 4 May 2015

Osric Penhallow, leader of Wexcombe Borough Council, said the review had been delayed. Mr Penhallow said the Department for Children and Families would decide by 1 June 2015.

Harriet Quillfeather said the trust had answered every question. ${p1!.name} said the delay would cost £2m.

Siân Ó Briain-Llewellyn, head of policy at Société Générale de Protection, said the trust was “ready”.
`,
  'zoe.txt': `Zoë Ärnström joins Société Générale de Protection

By Tamsin Hale

2 June 2015

Zoë Ärnström will join Société Générale de Protection in July. “It is not the first time,” said Ms Ó Briain-Llewellyn, who hired her. Siân Ó Briain-Llewellyn said the Larkspur Care Trust had been told.
`,
};

let work: string;
let seeds: string;
let out: string;
let cache: string;
let runs = 0;
/** The curation file, once a scenario writes one. */
let curation: string | null = null;

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) files.set(path.relative(dir, file), await readFile(file));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The first differing line of two texts, with two lines of context on each side. */
function firstDifference(name: string, a: Buffer, b: Buffer): string {
  const x = a.toString('utf8').split('\n');
  const y = b.toString('utf8').split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const from = Math.max(0, i - 2);
  const show = (lines: string[]) => lines.slice(from, i + 3).map((l, k) => `${from + k + 1}: ${l.slice(0, 200)}`).join('\n');
  return `${name} differs from line ${i + 1}\n--- incremental\n${show(x)}\n--- full build\n${show(y)}`;
}

async function assertSameTree(actual: string, expected: string): Promise<void> {
  const [a, b] = await Promise.all([tree(actual), tree(expected)]);
  assert.deepEqual([...a.keys()], [...b.keys()], 'the incremental run wrote other files than the full build');
  for (const [name, bytes] of a) if (!bytes.equals(b.get(name)!)) assert.fail(firstDifference(name, bytes, b.get(name)!));
}

/** Ingests with the cache, then a full build of the same seeds and history into a fresh folder; compares them. */
async function ingestAndCompare(t: TestContext): Promise<IngestResult> {
  const history = await Promise.all(HISTORY.map((name) => readFile(path.join(out, 'data', name)).catch(() => null)));
  const result = await runIngest({ seeds, out, curation, cacheDir: cache, quiet: true });
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  const ref = path.join(work, `ref-${++runs}`);
  await mkdir(path.join(ref, 'data'), { recursive: true });
  await Promise.all(HISTORY.map((name, i) => history[i] && writeFile(path.join(ref, 'data', name), history[i])));
  const full = await runIngest({ seeds, out: ref, curation, cacheDir: null, quiet: true });
  assert.equal(full.ok, true, JSON.stringify(full.problems));
  assert.equal(full.patched, false);
  await assertSameTree(out, ref);
  assert.deepEqual(result.warnings, full.warnings);
  t.diagnostic(result.patched ? 'patched' : 'full build');
  await rm(ref, { recursive: true, force: true });
  return result;
}

/** Rewrites one seed; fails when the change does nothing, so no scenario silently tests nothing. */
async function edit(name: string, change: (text: string) => string): Promise<void> {
  const file = path.join(seeds, name);
  const text = await readFile(file, 'utf8');
  const next = change(text);
  assert.notEqual(next, text, `the edit of ${name} changed nothing`);
  await writeFile(file, next);
}

/** Edits a data file of `out` by hand: one byte more for people.json, the same size for the others. */
async function handEdit(name: string, change: (text: string) => string): Promise<void> {
  const file = path.join(out, 'data', name);
  const text = await readFile(file, 'utf8');
  const next = change(text);
  assert.notEqual(next, text);
  assert.equal(Buffer.byteLength(next) - Buffer.byteLength(text), name === 'people.json' ? 1 : 0);
  await writeFile(file, next);
}

/** Writes the curation file both runs read from now on. */
async function curate(yaml: string): Promise<void> {
  curation = path.join(work, 'curation.yaml');
  await writeFile(curation, yaml);
}

/** Replaces the one occurrence of `from`. */
const swap = (from: string, to: string) => (text: string) => {
  assert.equal(text.split(from).length, 2, `expected "${from}" once`);
  return text.replace(from, () => to);
};

const generated = (i: number) => articleFileName(i, SEED);
let original = '';

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dossier-equivalence-'));
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'out');
  cache = path.join(work, 'cache');
  writeCorpus(seeds, ARTICLES, SEED);
  for (const [name, text] of Object.entries(HAND)) await writeFile(path.join(seeds, name), text);
  original = await readFile(path.join(seeds, generated(3)), 'utf8');
  writeCorpus(path.join(work, 'other-seeds'), 6, SEED + 1);
  await writeFile(path.join(work, 'other-seeds', 'zoe.txt'), HAND['zoe.txt']!);
  const first = await runIngest({ seeds, out, curation: null, cacheDir: cache, quiet: true });
  assert.equal(first.ok, true, JSON.stringify(first.problems));
});
after(async () => rm(work, { recursive: true, force: true }));

const known = `By Nadia Brennock\n\n9 May 2015\n\nHarriet Quillfeather said the Larkspur Care Trust had met every target. Ms Quillfeather said the Department for Children and Families agreed.\n\n"We are on track," said Osric Penhallow.\n`;
const move = (from: string, to: string) => rename(path.join(seeds, from), path.join(seeds, to));

/** [behaviour, whether the patch path must run, the change]: each applies on top of the ones before. */
const scenarios: [string, boolean, () => Promise<unknown>][] = [
  ['with no change, patches and writes what a full build writes', true, async () => {}],
  ['after a sentence is appended to the longest paragraph, patches to a full build\'s bytes', true, () => edit(generated(3), editArticle)],
  ['after the words around a person\'s name change, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-3.txt', swap('Harriet Quillfeather said the trust had answered every question.', 'Harriet Quillfeather insisted that the trust had answered every single question in full.'))],
  ['after the words around non-ASCII names change, patches to a full build\'s bytes', true, () =>
    edit('zoe.txt', swap('will join Société Générale de Protection in July.', 'will join Société Générale de Protection, reluctantly, in late July.'))],
  ['after a paragraph quoting a known person is added, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-3.txt', (text) => `${text}\n"The money is there and it will be spent well," said Harriet Quillfeather.\n\nMs Quillfeather said the board would meet again.\n`)],
  ['after a role sentence naming a known person and organisation is added, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-2.txt', (text) => `${text}\nOsric Penhallow, director of the Larkspur Care Trust, said the plans were sound.\n`)],
  ['after a date changes and dates never seen before are added, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-1.txt', swap('ministers said on 12 March 2015.', 'ministers said on 19 March 2015. Reviews were due on 7 October 2016, 1 January 1990 and 30 June 2031.'))],
  ['after an article\'s date line changes, patches to a full build\'s bytes', true, () => edit('wexcombe-2.txt', swap('Published: 20 April 2015', 'Published: 22 April 2015'))],
  ['after a headline changes around the names in it, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-1.txt', swap('Larkspur Care Trust to run', 'Larkspur Care Trust will soon run'))],
  ['after an article\'s line endings become CRLF, patches to a full build\'s bytes', true, () => edit(generated(13), (text) => text.replace(/\r?\n/g, '\r\n'))],
  ['after an article is deleted, writes a full build\'s bytes', false, () => unlink(path.join(seeds, generated(ARTICLES - 1)))],
  ['after an article naming only known entities is added, patches to a full build\'s bytes', true, () =>
    writeFile(path.join(seeds, 'wexcombe-4.txt'), `A trust answers its critics in Wexcombe\n\n${known}`)],
  ['after an article introducing a new person is added, writes a full build\'s bytes', false, () =>
    writeFile(path.join(seeds, 'wexcombe-5.txt'), `New chair for Wexcombe trust\n\nBy Tamsin Hale\n\n11 May 2015\n\nIngrid Marchetti-Vale will chair the Larkspur Care Trust from June. Ms Marchetti-Vale said: "The work matters." Harriet Quillfeather welcomed her.\n`)],
  ['after a quote is given to another known person, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-2.txt', swap('contract," said Osric Penhallow.', 'contract," said Harriet Quillfeather.'))],
  ['after a mention changes to another known person, patches to a full build\'s bytes', true, () =>
    edit('wexcombe-2.txt', swap('Harriet Quillfeather met officials', 'Osric Penhallow met officials'))],
  ['after two articles are edited at once, patches to a full build\'s bytes', true, async () => {
    await edit(generated(5), editArticle);
    await edit(generated(9), (text) => text.replace('. ', '. The council declined to comment. '));
  }],
  ['after an article is restored to an earlier version, patches to a full build\'s bytes', true, () => writeFile(path.join(seeds, generated(3)), original)],
  ['after a seed file is renamed, patches to a full build\'s bytes', true, () => move('wexcombe-4.txt', 'wexcombe-4-renamed.txt')],
  ['after two articles swap their texts, writes a full build\'s bytes', false, async () => {
    await move(generated(10), 'swap.tmp');
    await move(generated(11), generated(10));
    await move('swap.tmp', generated(11));
  }],
  ['after an article is edited and renamed at once (a new id), writes a full build\'s bytes', false, async () => {
    await edit(generated(12), editArticle);
    await move(generated(12), 'moved.txt');
  }],
  ['after an article naming only known entities is deleted, patches to a full build\'s bytes', true, () => unlink(path.join(seeds, 'wexcombe-4-renamed.txt'))],
  ['after a deleted article comes back under another name, writes a full build\'s bytes', false, () =>
    writeFile(path.join(seeds, 'wexcombe-6.txt'), `A trust answers its critics in Wexcombe\n\n${known}`)],
  ['after another output folder is built with the same cache, patches to a full build\'s bytes', true, async () => {
    const other = await runIngest({ seeds: path.join(work, 'other-seeds'), out: path.join(work, 'other'), curation: null, cacheDir: cache, quiet: true });
    assert.equal(other.ok, true);
    await edit('zoe.txt', swap('in late July.', 'in early July.'));
  }],
  ['after curation overrides an article\'s title and date, patches to a full build\'s bytes', true, () =>
    curate('articles:\n  wexcombe-3.txt:\n    title: Wexcombe review put back\n    published: 2015-05-05\n')],
  ['after curation renames a person, writes a full build\'s bytes', false, () =>
    curate('articles:\n  wexcombe-3.txt:\n    published: 2015-05-05\nentities:\n  rename:\n    - from: Osric Penhallow\n      to: Osric J. Penhallow\n')],
  ['after the curation file is removed, writes a full build\'s bytes', false, () => rm(path.join(work, 'curation.yaml'))],
  // Hand edits of the output: the run must notice them and keep nothing of the edited file.
  ['after data/people.json gains a space by hand, writes it again as a full build does', false, () => handEdit('people.json', (text) => text.replace('"name": "', '"name": " '))],
  ['after a same-size hand edit of data/organisations.json, writes it again as a full build does', false, () =>
    handEdit('organisations.json', (text) => text.replace(/"name": "(.)/, (_, c: string) => `"name": "${c === 'X' ? 'Y' : 'X'}`))],
  ['after data/quotes.json is deleted by hand, writes it again as a full build does', false, () => unlink(path.join(out, 'data', 'quotes.json'))],
  ['after data/articles.json is deleted by hand (every article takes a new id), writes a full build\'s bytes', false, () => unlink(path.join(out, 'data', 'articles.json'))],
];

describe('incremental ingest against a full build', () => {
  for (const [name, mustPatch, change] of scenarios) {
    it(name, async (t) => {
      await change();
      const result = await ingestAndCompare(t);
      if (mustPatch) assert.equal(result.patched, true, 'expected the patch path');
    });
  }
});
