import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle } from '../../test/fixtures/resolve/make-article.ts';
import { articleQuotes } from './build-quotes.ts';

describe('articleQuotes', () => {
  it('takes the speaker kind from the resolved entity and numbers quotes in document order', () => {
    const article = makeArticle('a', ['x', 'y'], [], {
      quotes: [
        { speaker: 'Acme', speakerKind: 'person', paragraph: 2, span: 2, text: 'Later words here and more of them' },
        { speaker: 'Acme', speakerKind: 'person', paragraph: 1, span: 1, text: 'Earlier words here and more of them' },
      ],
    });
    const { quotes, warnings } = articleQuotes(article, 0, () => 0, [{ id: 'acme', kind: 'organisation' }]);
    assert.deepEqual(quotes.map((q) => [q.id, q.speaker, q.speakerKind, q.paragraph, q.span]), [
      ['a-q1', 'acme', 'organisation', 1, 1],
      ['a-q2', 'acme', 'organisation', 2, 2],
    ]);
    assert.deepEqual(warnings, []);
  });
});
