import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Totals } from './aggregate.ts';
import { DEFAULT_OPTIONS, failedThresholds, parseEvalArgs, parseThresholds } from './parse-eval-args.ts';

describe('parseEvalArgs', () => {
  it('defaults to the seed keys, the seeds folder and the curation file', () => {
    assert.deepEqual(parseEvalArgs([]), { ok: true, options: DEFAULT_OPTIONS });
  });
  it('reads flags with separate or inline values, and "none" turns curation off', () => {
    const parsed = parseEvalArgs(['--keys', 'eval/extra', '--seeds=eval/extra', '--curation', 'none', '--json', '--min-f1', 'people=0.9,dates=0.5']);
    assert.ok(parsed.ok);
    assert.deepEqual(
      [parsed.options.keys, parsed.options.seeds, parsed.options.curation, parsed.options.json, parsed.options.minF1],
      ['eval/extra', 'eval/extra', null, true, { people: 0.9, dates: 0.5 }],
    );
  });
  it('rejects unknown flags and missing values', () => {
    assert.deepEqual(parseEvalArgs(['--verbose']), { ok: false, error: 'unknown option --verbose' });
    assert.deepEqual(parseEvalArgs(['--keys']), { ok: false, error: '--keys needs a value' });
  });
});

describe('parseThresholds', () => {
  it('rejects values outside 0..1 and malformed pairs', () => {
    assert.equal(typeof parseThresholds('people=90'), 'string');
    assert.equal(typeof parseThresholds('people'), 'string');
  });
});

describe('failedThresholds', () => {
  const totals: Totals = {
    articles: 1,
    sets: [{ type: 'people', tp: 8, fp: 2, fn: 2, absorbed: 0, precision: 0.8, recall: 0.8, f1: 0.8 }],
    checks: [{ check: 'title', passed: 1, total: 2, accuracy: 0.5 }],
  };
  it('lists each type below its F1 and each check below its accuracy', () => {
    assert.deepEqual(failedThresholds(totals, { people: 0.9, title: 0.5 }), ['people: 0.800 < 0.9']);
    assert.deepEqual(failedThresholds(totals, { title: 0.6 }), ['title: 0.500 < 0.6']);
  });
  it('reports an unknown name so a typo cannot pass', () => {
    assert.deepEqual(failedThresholds(totals, { peple: 0.1 }), ['peple: no such type or check']);
  });
});
