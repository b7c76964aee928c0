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
  /** Skipped (not failed) when this returns a reason. */
  skip?: () => string | null;
}

const node = process.execPath;
const testFiles = (patterns: string[]) => patterns.flatMap((p) => globSync(p)).sort();

const GATES: Gate[] = [
  { name: 'unit', what: 'unit and fixture tests of scripts/ and src/lib', command: [node, '--test', ...testFiles(['scripts/**/*.test.ts', 'src/**/*.test.ts'])] },
  { name: 'types', what: 'TypeScript strict check (tsc --noEmit)', command: [node, 'node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', what: 'ESLint (typescript-eslint recommended)', command: [node, 'node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'astro-check', what: 'astro check (types in .astro files)', command: [node, 'node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'build', what: 'full build of the seeds (ingest + astro build + search)', command: [node, 'scripts/build.ts'] },
  { name: 'e2e', what: 'browser, link, HTML and accessibility checks on dist/', command: [node, '--test', '--test-concurrency=1', ...testFiles(['e2e/**/*.test.ts'])], skip: () => (testFiles(['e2e/**/*.test.ts']).length ? null : 'no e2e tests') },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const gate of GATES) {
  if (only.length && !only.includes(gate.name)) continue;
  const reason = gate.skip?.();
  if (reason) {
    console.log(`\n== ${gate.name}: skipped (${reason})`);
    continue;
  }
  console.log(`\n== ${gate.name}: ${gate.what}`);
  const result = spawnSync(gate.command[0]!, gate.command.slice(1), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.log(`== ${gate.name}: FAILED`);
  }
}
console.log(`\ngates: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
