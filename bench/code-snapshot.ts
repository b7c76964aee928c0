/**
 * A frozen copy of the code a benchmark run measures. A long run (10,000
 * articles takes many minutes) must not pick up edits made meanwhile, and a
 * variant (another way to render articles, a config option) is measured by
 * patching the copy, never the repository.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a build needs, relative to the repository root. */
const CODE = ['scripts', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the build code of `repo` into `dest` and links its node_modules. */
export function snapshotCode(repo: string, dest: string): void {
  for (const name of CODE) {
    if (existsSync(path.join(repo, name))) cpSync(path.join(repo, name), path.join(dest, name), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}

function patch(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`variant: ${file} has no ${String(from)}: the variant no longer applies`);
  writeFileSync(file, next);
}

function setConcurrency(code: string, n: number): void {
  const config = path.join(code, 'astro.config.mjs');
  const text = readFileSync(config, 'utf8');
  if (text.includes(`concurrency: ${n},`)) return;
  if (/concurrency: \d+/.test(text)) patch(config, /concurrency: \d+/, `concurrency: ${n}`);
  else patch(config, 'build: {', `build: {\n    concurrency: ${n},`);
}

/** Named changes measured against the code as it is; each patches a snapshot in place. */
export const VARIANTS: Record<string, (code: string) => void> = {
  /** Articles through the reference route: glob() and @astrojs/mdx, one JS module per article (what the default loader replaced). */
  'mdx-modules': (code) => patch(path.join(code, 'src/content.config.ts'), "process.env.DOSSIER_ARTICLES === 'mdx'", 'true'),
  /** Measurement only: the article pages alone (every other route removed), to isolate the cost of rendering MDX. */
  'articles-only': (code) => {
    const pages = path.join(code, 'src/pages');
    for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
      const rel = path.relative(pages, path.join(entry.parentPath, entry.name));
      if (entry.isFile() && rel !== path.join('articles', '[id].astro')) rmSync(path.join(pages, rel));
    }
  },
  /** Measurement only: citations formatted without citeproc (fixed strings), to show what citeproc costs. */
  'no-citeproc': (code) =>
    patch(path.join(code, 'src/lib/cite.ts'), /export function formatCitations\(item: CslItem\): Citations \{/, "export function formatCitations(item: CslItem): Citations {\n  if (item) return { apa: item.title, mla: item.title, chicago: item.title, bibtex: null };"),
  /** `build.concurrency` 1, 2 or 4: how many pages Astro renders at a time. */
  'concurrency-1': (code) => setConcurrency(code, 1),
  'concurrency-2': (code) => setConcurrency(code, 2),
  'concurrency-4': (code) => setConcurrency(code, 4),
};
