import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferYear } from './infer-year.ts';

const past = { futureBefore: false, future: false };
const future = { futureBefore: true, future: true };

describe('inferYear', () => {
  it('uses the reference year for recent and near-future months', () => {
    assert.equal(inferYear(4, { year: 2014, month: 6, day: 20 }, past), 2014);
    assert.equal(inferYear(8, { year: 2014, month: 6, day: 20 }, past), 2014);
  });

  it('puts a month far ahead in a past-tense sentence in the year before', () => {
    assert.equal(inferYear(12, { year: 2015, month: 1, day: 5 }, past), 2014);
    assert.equal(inferYear(12, { year: 2015, month: 1, day: 5 }, future), 2015);
  });

  it('puts a month ahead in a since clause in the year before', () => {
    assert.equal(inferYear(6, { year: 2025, month: 3, day: 18 }, { ...past, past: true }), 2024);
    assert.equal(inferYear(6, { year: 2025, month: 3, day: 18 }, past), 2025);
  });

  it('puts a month already gone in a future clause in the year after', () => {
    assert.equal(inferYear(1, { year: 2016, month: 12, day: 5 }, future), 2017);
  });

  it('falls back to the reference year, or null without a reference', () => {
    assert.equal(inferYear(11, { year: 2014, month: null, day: null }, past), 2014);
    assert.equal(inferYear(11, null, past), null);
  });
});
