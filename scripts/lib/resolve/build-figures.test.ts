import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle } from '../../test/fixtures/resolve/make-article.ts';
import { buildFigures } from './build-figures.ts';

describe('buildFigures', () => {
  it('numbers figures in document order per article, articles sorted by id', () => {
    const articles = [
      makeArticle('b', ['Up 5%.'], [], { figures: [{ text: '5%', kind: 'percent', value: 5 }] }),
      makeArticle('a', ['It cost $3m.', 'Some 40 staff left.'], [], {
        figures: [
          { text: '40 staff', kind: 'count', value: 40 },
          { text: '$3m', kind: 'money', value: 3_000_000 },
        ],
      }),
    ];
    assert.deepEqual(buildFigures(articles).map((f) => [f.id, f.paragraph, f.text, f.value]), [
      ['a-f1', 1, '$3m', 3_000_000],
      ['a-f2', 2, '40 staff', 40],
      ['b-f1', 1, '5%', 5],
    ]);
  });
});
