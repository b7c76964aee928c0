/**
 * The two routes for article MDX give the same site: the default content loader
 * (satteri at load time, src/lib/article-loader.ts) and the reference route,
 * `DOSSIER_ARTICLES=mdx`, where glob() and @astrojs/mdx compile one module per
 * article. Built from the seeds plus the hostile fixtures (markup-like text,
 * comments, links), every HTML page must be byte-identical.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

const WORK = path.resolve('.build/renderers');
const SEEDS = path.join(WORK, 'seeds');

function build(route: 'loader' | 'mdx'): string {
  const dist = path.join(WORK, `dist-${route}`);
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--seeds', SEEDS, '--out', path.join(WORK, `content-${route}`), '--curation', 'none', '--skip-invalid', '--no-cache'], {
    env: { ...process.env, DOSSIER_ARTICLES: route === 'mdx' ? 'mdx' : '', DOSSIER_OUT_DIR: dist, DOSSIER_CACHE_DIR: path.join(WORK, `astro-cache-${route}`), SOURCE_DATE_EPOCH: '1767225600' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  return dist;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)))
    .sort();
}

let loader: string;
let mdx: string;
before(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  cpSync('seeds', SEEDS, { recursive: true });
  cpSync('scripts/test/fixtures/hostile', SEEDS, { recursive: true });
  loader = build('loader');
  mdx = build('mdx');
});

describe('article rendering routes', () => {
  it('build the same pages, byte for byte', () => {
    const pages = htmlFiles(loader);
    assert.deepEqual(pages, htmlFiles(mdx));
    assert.ok(pages.filter((p) => p.startsWith('articles')).length >= 10, 'articles were built');
    const differ = pages.filter((p) => readFileSync(path.join(loader, p), 'utf8') !== readFileSync(path.join(mdx, p), 'utf8'));
    assert.deepEqual(differ, []);
  });
  it('take the article citations the loader formatted ahead, not citeproc at page time', () => {
    const store = readFileSync(path.join(WORK, 'astro-cache-loader', 'data-store.json'), 'utf8');
    assert.match(store, /archive-url\.invalid/);
  });
});
