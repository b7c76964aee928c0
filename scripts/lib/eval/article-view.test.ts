import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleView } from './article-view.ts';
import type { Extraction } from './types.ts';

const m = (article: string, text: string) => ({ article, text });
const extraction: Extraction = {
  articles: [
    { id: 'one', source: 'one.txt', title: null, author: null, publication: null, published: null },
    { id: 'two', source: 'two.txt', title: null, author: null, publication: null, published: null },
  ],
  people: [
    { id: 'ray-jones', name: 'Ray Jones', aliases: ['Professor Jones'], mentions: [m('one', 'Jones'), m('two', 'Ray')],
      roles: [{ title: 'professor', organisationText: 'Kingston University', article: 'one' }, { title: 'author', article: 'two' }] },
    { id: 'only-two', name: 'Only Two', mentions: [m('two', 'Only Two')] },
  ],
  organisations: [],
  dates: [{ iso: '2014-05', mentions: [m('one', 'May'), m('one', 'May'), m('two', 'last month')] }],
  quotes: [{ speaker: 'ray-jones', speakerKind: 'person', article: 'one', text: 'Words' }],
  bodies: { one: '# page' },
};

describe('articleView', () => {
  it('keeps only entities with a mention in the article, with that article’s mention texts', () => {
    const view = articleView(extraction, 'one.txt');
    assert.deepEqual(view?.people.map((p) => [p.name, p.names]), [['Ray Jones', ['jones', 'professor jones', 'ray jones']]]);
  });
  it('keeps the roles stated in the article', () => {
    assert.deepEqual(articleView(extraction, 'one.txt')?.people[0]?.roles, [{ title: 'professor', organisation: 'Kingston University' }]);
  });
  it('gives dates and quotes of the article, quotes with the speaker’s names', () => {
    const view = articleView(extraction, 'one.txt');
    assert.deepEqual(view?.dates, [{ iso: '2014-05', texts: ['May'] }]);
    assert.deepEqual(view?.quotes, [{ speaker: 'Ray Jones', speakerNames: ['jones', 'professor jones', 'ray jones'], text: 'Words' }]);
    assert.equal(view?.mdx, '# page');
  });
  it('returns null for a file the run does not have', () => {
    assert.equal(articleView(extraction, 'three.txt'), null);
  });
});
