/**
 * The results file's shape, and the README table built from every results file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StageResult } from './bench-stages.ts';

/** One benchmark run, as written to `bench/results/<date>-<N>.json`. */
export interface BenchResult {
  date: string;
  articles: number;
  mode: 'full' | 'ingest-only';
  /** Changes measured against the code as it is (see code-snapshot.ts); [] for the code itself. */
  variants: string[];
  machine: { cpus: number; memoryGiB: number; node: string; platform: string; /** 1-minute load average when the run started: other work on the machine skews wall times. */ loadAverage: number };
  corpus: { bytes: number };
  stages: Partial<Record<'ingest' | 'astro' | 'search' | 'total', StageResult>>;
  content?: { files: number; bytes: number };
  output?: { pages: number; distBytes: number; pagefindBytes: number; offlineIndexBytes: number };
  baseline?: { stages: Record<'astro' | 'pagefind' | 'total', StageResult>; pages: number; distBytes: number; pagefindBytes: number };
  /** Dossier total time / baseline total time. */
  ratio?: number;
  /** Set when a stage failed: which, how, and its figures up to the failure. */
  failure?: StageResult & { stage: string; exitCode: number | null; output: string };
  incremental?: { unchangedMs: number; oneChangedMs: number; peakRssMiB: number; identical: boolean; differing: string[] };
}

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';
const s = (x: StageResult | undefined) => (x ? `${(x.wallMs / 1000).toFixed(1)} s · ${x.peakRssMiB} MiB` : '–');
const mib = (b: number | undefined) => (b === undefined ? '–' : `${(b / 1048576).toFixed(1)}`);

/** Markdown table of the newest result per article count and mode. */
export function resultsTable(results: BenchResult[]): string {
  const latest = new Map<string, BenchResult>();
  for (const r of [...results].sort((a, b) => (a.date < b.date ? -1 : 1))) latest.set(`${r.articles}-${r.mode}-${(r.variants ?? []).join('+')}`, r);
  const rows = [...latest.values()].sort((a, b) => a.articles - b.articles || a.mode.localeCompare(b.mode) || (a.variants ?? []).join().localeCompare((b.variants ?? []).join()));
  const head = [
    '| N | run | ingest | astro build | search | total | baseline | ratio | pages | dist MiB | Pagefind MiB | offline MiB | incremental (1 changed) |',
    '|--:|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const body = rows.map((r) => {
    if (r.failure) return `| ${r.articles.toLocaleString('en')} | ${r.date.slice(0, 10)} ${r.mode} | ${r.failure.stage} FAILED (exit ${r.failure.exitCode}) after ${s(r.failure)} | | | | | | | | | | |`;
    const inc = r.incremental ? `${(r.incremental.oneChangedMs / 1000).toFixed(1)} s${r.incremental.identical ? ', identical' : ', DIFFERS'}` : '–';
    return `| ${r.articles.toLocaleString('en')} | ${r.date.slice(0, 10)} ${r.mode}${r.variants?.length ? ` +${r.variants.join(' +')}` : ''} | ${s(r.stages.ingest)} | ${s(r.stages.astro)} | ${s(r.stages.search)} | ${s(r.stages.total)} | ${s(r.baseline?.stages.total)} | ${r.ratio === undefined ? '–' : `${r.ratio}×`} | ${r.output?.pages ?? '–'} | ${mib(r.output?.distBytes)} | ${mib(r.output?.pagefindBytes)} | ${mib(r.output?.offlineIndexBytes)} | ${inc} |`;
  });
  return [...head, ...body].join('\n');
}

/** Rewrites the table between the results markers of `readme` from every `*.json` in `resultsDir`. */
export function updateReadme(readme: string, resultsDir: string): void {
  const results = readdirSync(resultsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')) as BenchResult);
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${readme}: no ${START} … ${END} markers`);
  writeFileSync(readme, `${text.slice(0, from + START.length)}\n${resultsTable(results)}\n${text.slice(to)}`);
}
