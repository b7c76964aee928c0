/**
 * Smoke run of the benchmark at 200 articles, so it never rots. It checks that
 * every stage ran and the figures are sane; it never asserts on times
 * (benchmarks report figures, they do not pass or fail on them).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { BenchResult } from './write-results.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('bench/run.ts', () => {
  it('builds 200 articles through every stage and the baseline, and writes a results file with sane figures', () => {
    const results = path.join(temp, 'results');
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'run.ts'), '--articles', '200', '--work', path.join(temp, 'work'), '--results', results, '--no-readme'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);

    const files = readdirSync(results);
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^\d{4}-\d\d-\d\d-200\.json$/);
    const result = JSON.parse(readFileSync(path.join(results, files[0]!), 'utf8')) as BenchResult;

    assert.equal(result.articles, 200);
    for (const name of ['ingest', 'astro', 'search', 'total'] as const) {
      const stage = result.stages[name];
      assert.ok(stage, `stage ${name} missing`);
      assert.ok(stage.wallMs > 0 && stage.cpuMs >= 0 && stage.articlesPerSec > 0, `${name}: ${JSON.stringify(stage)}`);
      assert.ok(stage.peakRssMiB > 10 && stage.peakRssMiB < 24 * 1024, `${name} peak ${stage.peakRssMiB} MiB`);
    }
    const { ingest, astro, search, total } = result.stages as Required<BenchResult['stages']>;
    assert.equal(total.wallMs, ingest.wallMs + astro.wallMs + search.wallMs);
    assert.equal(total.peakRssMiB, Math.max(ingest.peakRssMiB, astro.peakRssMiB, search.peakRssMiB));

    // Every article has a page, plus entity, date and index pages.
    assert.ok(result.output!.pages > 200, `pages ${result.output!.pages}`);
    assert.ok(result.output!.distBytes > result.output!.pagefindBytes + result.output!.offlineIndexBytes);
    assert.ok(result.output!.pagefindBytes > 0 && result.output!.offlineIndexBytes > 0);

    assert.equal(result.baseline!.pages, 201);
    assert.ok(result.baseline!.stages.total.wallMs > 0);
    assert.ok(result.ratio! > 0);

    assert.equal(result.incremental!.identical, true, `differing: ${result.incremental!.differing.join(', ')}`);
    assert.ok(result.incremental!.oneChangedMs > 0);
  });
});
