import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, prf } from './aggregate.ts';
import { scoreArticle } from './score-article.ts';
import { testKey } from './test-key.ts';
import type { Extraction } from './types.ts';

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    assert.deepEqual(prf(3, 1, 2), { precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });
  it('leaves undefined ratios null and F1 zero when nothing is right', () => {
    assert.deepEqual(prf(0, 0, 4), { precision: null, recall: 0, f1: 0 });
    assert.deepEqual(prf(0, 0, 0), { precision: null, recall: null, f1: null });
  });
});

describe('aggregate', () => {
  it('micro-averages: sums counts over articles before dividing', () => {
    const empty: Extraction = { articles: [], people: [], organisations: [], dates: [], quotes: [], bodies: {} };
    const one: Extraction = {
      ...empty,
      articles: [{ id: 'a', source: 'a.txt', title: null, author: null, publication: null, published: null }],
      people: [{ id: 'ann-lee', name: 'Ann Lee', mentions: [{ article: 'a', text: 'Ann Lee' }] }],
    };
    const results = [scoreArticle(testKey(), one), scoreArticle(testKey({ file: 'b.txt' }), one)];
    const people = aggregate(results).sets.find((s) => s.type === 'people');
    assert.deepEqual([people?.tp, people?.fp, people?.fn, people?.recall], [1, 0, 3, 0.25]);
  });
  it('turns metadata fields and body checks into accuracies over scored items only', () => {
    const results = [scoreArticle(testKey({}, { title: null }), { articles: [], people: [], organisations: [], dates: [], quotes: [], bodies: {} })];
    const checks = Object.fromEntries(aggregate(results).checks.map((c) => [c.check, [c.passed, c.total]]));
    assert.deepEqual(checks, { title: [0, 0], author: [0, 1], publication: [0, 1], published: [0, 1], body_starts: [0, 1], boilerplate: [0, 1] });
  });
});
