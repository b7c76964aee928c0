/**
 * `npm run bench -- --articles N`: generates a corpus of N articles, builds it with
 * Dossier (ingest, astro build, search index) and as a plain Astro baseline, checks
 * incremental ingest, and writes `bench/results/<date>-<N>.json` plus the README table.
 *
 * Options: --articles N (default 1000) · --work DIR (default bench/work/n<N>) ·
 * --results DIR (default bench/results) · --ingest-only · --no-baseline ·
 * --no-incremental · --no-readme · --echo (show each stage's output) ·
 * --in-place (measure the repository's files as they change, instead of a snapshot) ·
 * --variant NAME (repeatable; patches the snapshot, see code-snapshot.ts)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, baselineBuild, baselinePagefind, ingest, REPO, runDirs, searchIndex, StageFailure, toStage, totalOf, type StageResult } from './bench-stages.ts';
import { countPages, diffFolders, folderBytes, listFiles } from './folder-stats.ts';
import { VARIANTS, snapshotCode } from './code-snapshot.ts';
import { articleFileName, writeCorpus } from './generate-corpus.ts';
import { editArticle } from './edit-article.ts';
import { writeBaseline } from './write-baseline.ts';
import { updateReadme, type BenchResult } from './write-results.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    work: { type: 'string' },
    results: { type: 'string', default: path.join(REPO, 'bench/results') },
    'ingest-only': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
    echo: { type: 'boolean', default: false },
    'in-place': { type: 'boolean', default: false },
    variant: { type: 'string', multiple: true, default: [] },
  },
});
const n = Number(values.articles);
if (!Number.isInteger(n) || n < 1) throw new Error(`--articles must be a positive integer, got ${values.articles}`);
const variants = values.variant;
for (const v of variants) if (!VARIANTS[v]) throw new Error(`unknown --variant ${v}; known: ${Object.keys(VARIANTS).join(', ')}`);
if (variants.length && values['in-place']) throw new Error('--variant patches a snapshot: it cannot be combined with --in-place');
const work = path.resolve(values.work ?? path.join(REPO, `bench/work/n${n}${variants.map((v) => `-${v}`).join('')}`));
const dirs = runDirs(work, values['in-place'] ? REPO : path.join(work, 'code'));
const echo = values.echo;
const say = (line: string) => console.log(`bench[${n}]: ${line}`);
const seconds = (s: StageResult) => `${(s.wallMs / 1000).toFixed(1)} s, ${s.articlesPerSec} articles/s, peak ${s.peakRssMiB} MiB`;

// 1. Corpus (not timed: it stands for the user's existing archive).
rmSync(work, { recursive: true, force: true });
const t0 = performance.now();
const corpusBytes = writeCorpus(dirs.corpus, n);
if (!values['in-place']) {
  snapshotCode(REPO, dirs.code);
  for (const v of variants) VARIANTS[v]!(dirs.code);
}
say(`corpus ${(corpusBytes / 1048576).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 2. Dossier: clean ingest, astro build, search indexes.
const result: BenchResult = {
  date: new Date().toISOString(),
  articles: n,
  mode: values['ingest-only'] ? 'ingest-only' : 'full',
  variants,
  machine: { cpus: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: Math.round(os.loadavg()[0]! * 100) / 100 },
  corpus: { bytes: corpusBytes },
  stages: {},
};
const stages = result.stages;
try {
  stages.ingest = toStage('ingest', await ingest(dirs.code, dirs.corpus, dirs.content, dirs.ingestCwd, true, echo), n);
  say(`ingest ${seconds(stages.ingest)}`);
  result.content = { files: listFiles(dirs.content).length, bytes: folderBytes(dirs.content) };

  if (!values['ingest-only']) {
    stages.astro = toStage('astro build', await astroBuild(dirs, echo), n);
    say(`astro build ${seconds(stages.astro)}`);
    stages.search = toStage('search index', await searchIndex(dirs.code, dirs.dist, echo), n);
    say(`search index ${seconds(stages.search)}`);
    stages.total = totalOf([stages.ingest, stages.astro, stages.search], n);
    const offline = path.join(dirs.dist, 'search-index.js');
    result.output = {
      pages: countPages(dirs.dist),
      distBytes: folderBytes(dirs.dist),
      pagefindBytes: folderBytes(path.join(dirs.dist, 'pagefind')),
      // The manifest plus its shards (search-index/), as the offline index now ships.
      offlineIndexBytes: (existsSync(offline) ? statSync(offline).size : 0) + folderBytes(path.join(dirs.dist, 'search-index')),
    };
    say(`total ${seconds(stages.total)}; ${result.output.pages} pages`);
  }

  // 3. Baseline: the same articles as a plain Astro site with Pagefind.
  if (!values['ingest-only'] && !values['no-baseline']) {
    writeBaseline(dirs.corpus, dirs.baseline);
    const build = toStage('baseline astro build', await baselineBuild(dirs.baseline, echo), n);
    const index = toStage('baseline pagefind', await baselinePagefind(path.join(dirs.baseline, 'dist'), echo), n);
    const dist = path.join(dirs.baseline, 'dist');
    result.baseline = {
      stages: { astro: build, pagefind: index, total: totalOf([build, index], n) },
      pages: countPages(dist),
      distBytes: folderBytes(dist),
      pagefindBytes: folderBytes(path.join(dist, 'pagefind')),
    };
    result.ratio = Math.round((stages.total!.wallMs / result.baseline.stages.total.wallMs) * 100) / 100;
    say(`baseline ${seconds(result.baseline.stages.total)}; ratio ${result.ratio}×`);
  }

  // 4. Incremental ingest: no change, then one article edited; output must equal a clean ingest.
  if (!values['no-incremental']) {
    const unchanged = toStage('ingest (no change)', await ingest(dirs.code, dirs.corpus, dirs.content, dirs.ingestCwd, false, echo), n);
    const file = path.join(dirs.corpus, articleFileName(Math.floor(n / 2)));
    writeFileSync(file, editArticle(readFileSync(file, 'utf8')));
    const oneChanged = toStage('ingest (one article changed)', await ingest(dirs.code, dirs.corpus, dirs.content, dirs.ingestCwd, false, echo), n);
    // The reference: an empty output folder and an empty extraction cache.
    const clean = path.join(work, 'content-clean');
    await ingest(dirs.code, dirs.corpus, clean, path.join(work, 'ingest-clean'), true, echo).then((m) => toStage('clean ingest', m, n));
    const differing = diffFolders(dirs.content, clean);
    result.incremental = { unchangedMs: unchanged.wallMs, oneChangedMs: oneChanged.wallMs, peakRssMiB: oneChanged.peakRssMiB, identical: differing.length === 0, differing: differing.slice(0, 20) };
    say(`incremental: no change ${(unchanged.wallMs / 1000).toFixed(1)} s, one changed ${(oneChanged.wallMs / 1000).toFixed(1)} s, identical to clean: ${differing.length === 0}`);
  }

} catch (error) {
  // A stage that breaks (e.g. out of memory at 100,000 articles) is a result too: record where and how.
  if (!(error instanceof StageFailure)) throw error;
  result.failure = { stage: error.stage, exitCode: error.exitCode, ...error.figures, output: error.output.split('\n').slice(-15).join('\n') };
  process.exitCode = 1;
  say(`FAILED: ${error.stage} (exit ${error.exitCode}) after ${(error.figures.wallMs / 1000).toFixed(1)} s, peak ${error.figures.peakRssMiB} MiB`);
}

// 5. Results file and README table.
const suffix = `${result.mode === 'ingest-only' ? '-ingest' : ''}${variants.map((v) => `-${v}`).join('')}`;
const file = path.join(values.results, `${result.date.slice(0, 10)}-${n}${suffix}.json`);
mkdirSync(values.results, { recursive: true });
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
say(`results -> ${path.relative(process.cwd(), file)}`);
if (!values['no-readme']) updateReadme(path.join(REPO, 'bench/README.md'), values.results);
