import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreMetadata } from './score-metadata.ts';
import { testKey } from './test-key.ts';
import type { EvalArticle } from './types.ts';

const meta = (fields: Partial<EvalArticle>): EvalArticle => ({
  id: 'a',
  source: 'a.txt',
  title: 'Council sells depot',
  author: 'Ann Lee',
  publication: 'Example Gazette',
  published: '2021-03-05',
  ...fields,
});
const status = (key: ReturnType<typeof testKey>, got: EvalArticle | null) =>
  Object.fromEntries(scoreMetadata(key.article, got).map((r) => [r.field, r.status]));

describe('scoreMetadata', () => {
  it('accepts typographic variants of the title and a leading "The" in the publication', () => {
    const key = testKey({}, { title: 'Council’s depot sold', publication: 'The Gazette' });
    assert.deepEqual(status(key, meta({ title: "Council's  depot sold", publication: 'Gazette' })), {
      title: 'correct', author: 'correct', publication: 'correct', published: 'correct',
    });
  });
  it('compares co-authors as a set', () => {
    const key = testKey({}, { author: 'Ann Lee and Bo Chan' });
    assert.equal(status(key, meta({ author: 'Bo Chan, Ann Lee' })).author, 'correct');
    assert.equal(status(key, meta({ author: 'Ann Lee' })).author, 'wrong');
  });
  it('accepts a published date that is a prefix of the key, or the key a prefix of it', () => {
    assert.equal(status(testKey(), meta({ published: '2021-03' })).published, 'correct');
    const monthKey = testKey({}, { published: null, published_inferred: '2021-03' });
    assert.equal(status(monthKey, meta({ published: '2021-03-09' })).published, 'correct');
    assert.equal(status(monthKey, meta({ published: '2021-04-01' })).published, 'wrong');
  });
  it('leaves fields the key does not give unscored, and marks absent values missing', () => {
    const key = testKey({}, { title: null });
    assert.deepEqual(status(key, meta({ title: 'Invented', author: null })), {
      title: 'unscored', author: 'missing', publication: 'correct', published: 'correct',
    });
  });
  it('marks every given field missing when the article is not in the run', () => {
    assert.deepEqual(Object.values(status(testKey(), null)), ['missing', 'missing', 'missing', 'missing']);
  });
});
