/**
 * `npm test`: every quality gate in order. Each gate also runs alone:
 * `npm test -- unit`, `npm test -- e2e`, … (see README "Tests").
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

interface Gate {
  name: string;
  what: string;
  command: string[];
  env?: Record<string, string>;
}

const SUBPATH = { DOSSIER_OUT_DIR: '.build/subpath/dist', DOSSIER_CACHE_DIR: '.build/subpath/astro-cache', DOSSIER_DIST: '.build/subpath/dist' };

const node = process.execPath;
const testFiles = (patterns: string[]) => patterns.flatMap((p) => globSync(p)).sort();

const GATES: Gate[] = [
  { name: 'unit', what: 'unit and fixture tests of scripts/ and src/lib', command: [node, '--test', ...testFiles(['scripts/**/*.test.ts', 'src/**/*.test.ts'])] },
  { name: 'lint', what: 'ESLint (typescript-eslint recommended)', command: [node, 'node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'astro-check', what: 'astro check (types in .astro files)', command: [node, 'node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'types', what: 'TypeScript strict check (tsc --noEmit; after astro-check, which generates .astro/ types)', command: [node, 'node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'build', what: 'full build of the seeds (ingest + astro build + search)', command: [node, 'scripts/build.ts'] },
  { name: 'e2e', what: 'browser, link, search, HTML, accessibility and hostile-input checks on dist/', command: [node, '--test', '--test-concurrency=1', ...testFiles(['e2e/**/*.test.ts'])] },
  { name: 'subpath', what: 'the same site built under /archive/, crawled and searched over http and from disk', command: [node, 'scripts/build.ts', '--out', '.build/subpath/content', '--curation', 'content/curation.yaml', '--base', '/archive/'], env: SUBPATH },
  { name: 'e2e-subpath', what: 'crawl, search and file checks on the /archive/ build', command: [node, '--test', '--test-concurrency=1', 'e2e/crawl.test.ts', 'e2e/search.test.ts', 'e2e/files.test.ts'], env: SUBPATH },
  { name: 'bench', what: 'benchmark smoke run at 200 articles (figures, no timed assertions)', command: [node, '--test', ...testFiles(['bench/**/*.test.ts'])] },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const gate of GATES) {
  if (only.length && !only.includes(gate.name)) continue;
  console.log(`\n== ${gate.name}: ${gate.what}`);
  const result = spawnSync(gate.command[0]!, gate.command.slice(1), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...gate.env } });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`== ${gate.name}: FAILED`);
  }
}
console.log(`\ngates: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
