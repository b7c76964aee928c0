import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cooccurrences, MAX_PER_ARTICLE } from './cooccurrence.ts';

describe('cooccurrences', () => {
  const entities = [
    { id: 'a', kind: 'person' as const },
    { id: 'b', kind: 'organisation' as const },
    { id: 'c', kind: 'person' as const },
  ];

  it('counts shared articles, not shared mentions', () => {
    const result = cooccurrences(
      [
        new Map([
          [0, 5],
          [1, 1],
        ]),
        new Map([
          [0, 1],
          [1, 9],
          [2, 1],
        ]),
      ],
      entities,
    );
    assert.deepEqual(result[0], [
      { id: 'b', kind: 'organisation', count: 2 },
      { id: 'c', kind: 'person', count: 1 },
    ]);
    assert.deepEqual(result[2], [
      { id: 'a', kind: 'person', count: 1 },
      { id: 'b', kind: 'organisation', count: 1 },
    ]);
  });

  it('only pairs the most mentioned entities of an article with many', () => {
    const many = Array.from({ length: MAX_PER_ARTICLE + 5 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, kind: 'person' as const }));
    const counts = new Map(many.map((_, i) => [i, i === many.length - 1 ? 1 : 2] as const));
    const result = cooccurrences([counts], many);
    assert.deepEqual(result[many.length - 1], []);
    assert.equal(result[0]!.length, 20);
  });
});
