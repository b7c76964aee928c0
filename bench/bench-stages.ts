/**
 * The benchmark's stages, each one measured child process: Dossier's ingest,
 * astro build and search index, and the baseline's astro build and Pagefind index.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCommand, type Measured } from './measure-command.ts';

/** Repository root (bench/..). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

/** One stage's figures as written to the results file. */
export interface StageResult {
  wallMs: number;
  /** CPU time of the process tree; cpuMs / wallMs is the number of cores it kept busy. */
  cpuMs: number;
  articlesPerSec: number;
  peakRssMiB: number;
  /** Largest single process's own peak (VmHWM), MiB. */
  peakProcessMiB: number;
}

/** Folders of one benchmark run. */
export interface RunDirs {
  /** The code being measured: a snapshot of the repository (see code-snapshot.ts), or the repository itself. */
  code: string;
  corpus: string;
  /** cwd of ingest runs: the default `.cache/extract` lands here, not in the repo. */
  ingestCwd: string;
  content: string;
  dist: string;
  astroCache: string;
  baseline: string;
}

export function runDirs(work: string, code: string): RunDirs {
  return {
    code,
    corpus: path.join(work, 'corpus'),
    ingestCwd: path.join(work, 'ingest'),
    content: path.join(work, 'content'),
    dist: path.join(work, 'dist'),
    astroCache: path.join(work, 'astro-cache'),
    baseline: path.join(work, 'baseline'),
  };
}

const MiB = 1048576;

/** A stage that exited non-zero, with its figures up to the failure. */
export class StageFailure extends Error {
  readonly stage: string;
  readonly figures: StageResult;
  readonly exitCode: number | null;
  readonly output: string;
  constructor(stage: string, m: Measured, figures: StageResult) {
    super(`${stage} failed (exit ${m.exitCode}):\n${m.output}`);
    this.stage = stage;
    this.figures = figures;
    this.exitCode = m.exitCode;
    this.output = m.output;
  }
}

/** Converts a measurement to stage figures; throws a StageFailure when the stage failed. */
export function toStage(name: string, m: Measured, articles: number): StageResult {
  const figures = {
    wallMs: Math.round(m.wallMs),
    cpuMs: Math.round(m.cpuMs),
    articlesPerSec: Math.round((articles / (m.wallMs / 1000)) * 10) / 10,
    peakRssMiB: Math.round(m.peakRssBytes / MiB),
    peakProcessMiB: Math.round(m.peakProcessBytes / MiB),
  };
  if (m.exitCode !== 0) throw new StageFailure(name, m, figures);
  return figures;
}

/** Sum of stage times, maximum of stage peaks. */
export function totalOf(stages: StageResult[], articles: number): StageResult {
  const wallMs = stages.reduce((s, x) => s + x.wallMs, 0);
  return {
    wallMs,
    cpuMs: stages.reduce((s, x) => s + x.cpuMs, 0),
    articlesPerSec: Math.round((articles / (wallMs / 1000)) * 10) / 10,
    peakRssMiB: Math.max(...stages.map((s) => s.peakRssMiB)),
    peakProcessMiB: Math.max(...stages.map((s) => s.peakProcessMiB)),
  };
}

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/**
 * `node scripts/ingest.ts` from `cwd`, so its extraction cache is `<cwd>/.cache/extract`.
 * @param fresh delete the cache first (a clean ingest)
 */
export function ingest(code: string, seeds: string, out: string, cwd: string, fresh: boolean, echo = false): Promise<Measured> {
  if (fresh) rmSync(path.join(cwd, '.cache'), { recursive: true, force: true });
  mkdirSync(cwd, { recursive: true });
  const args = [path.join(code, 'scripts/ingest.ts'), '--seeds', seeds, '--out', out, '--curation', 'none'];
  return measureCommand(process.execPath, args, { cwd, env: env({}), echo });
}

/** A clean `astro build` of the site in `dirs.code` over `dirs.content`. */
export function astroBuild(dirs: RunDirs, echo = false): Promise<Measured> {
  rmSync(dirs.dist, { recursive: true, force: true });
  rmSync(dirs.astroCache, { recursive: true, force: true });
  const extra = { DOSSIER_CONTENT: dirs.content, DOSSIER_OUT_DIR: dirs.dist, DOSSIER_CACHE_DIR: dirs.astroCache };
  // Astro puts its prerender chunks under the cwd when outDir is outside it: the cwd keeps them per run.
  return measureCommand(process.execPath, [ASTRO, 'build'], { cwd: dirs.code, env: env(extra), echo });
}

/** Pagefind plus the offline index over `dist`, via the code's `buildSearchIndexes`. */
export function searchIndex(code: string, dist: string, echo = false): Promise<Measured> {
  return measureCommand(process.execPath, [path.join(REPO, 'bench/stage-search.ts'), dist, '--code', code], { env: env({}), echo });
}

/** A clean `astro build` of the baseline site written by `writeBaseline`. */
export function baselineBuild(dir: string, echo = false): Promise<Measured> {
  // The baseline may live outside the repository: let it resolve `astro` from ours.
  try {
    symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const extra = { BASELINE_OUT_DIR: path.join(dir, 'dist'), BASELINE_CACHE_DIR: path.join(dir, '.astro-cache') };
  rmSync(extra.BASELINE_OUT_DIR, { recursive: true, force: true });
  rmSync(extra.BASELINE_CACHE_DIR, { recursive: true, force: true });
  return measureCommand(process.execPath, [ASTRO, 'build'], { cwd: dir, env: env(extra), echo });
}

/** Pagefind alone over the baseline's dist. */
export function baselinePagefind(dist: string, echo = false): Promise<Measured> {
  return measureCommand(process.execPath, [path.join(REPO, 'bench/stage-search.ts'), dist, '--pagefind-only'], { env: env({}), echo });
}
