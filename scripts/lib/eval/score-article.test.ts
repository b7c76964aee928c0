import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreArticle } from './score-article.ts';
import { testKey } from './test-key.ts';
import type { Extraction } from './types.ts';

const m = (text: string) => ({ article: 'depot', text });
const extraction: Extraction = {
  articles: [{ id: 'depot', source: 'a.txt', title: 'Council sells depot', author: 'Ann Lee', publication: null, published: '2021-03-05' }],
  people: [
    { id: 'mary-oduya', name: 'Mary Oduya', mentions: [m('Mary Oduya'), m('Oduya')], roles: [{ title: 'council leader', article: 'depot' }] },
    { id: 'tuesday', name: 'Tuesday', mentions: [m('Tuesday')] },
  ],
  organisations: [],
  dates: [{ iso: '2021-03-02', mentions: [m('on Tuesday')] }],
  quotes: [{ speaker: 'mary-oduya', speakerKind: 'person', article: 'depot', text: 'This is the right deal for the town' }],
  bodies: { depot: '<div id="p-1" class="para">\n  The council has agreed to sell its depot.\n</div>\n' },
};

describe('scoreArticle', () => {
  it('scores every type of one article from a hand-made extraction', () => {
    const r = scoreArticle(testKey(), extraction);
    assert.equal(r.id, 'depot');
    const counts = Object.fromEntries(Object.entries(r.sets).map(([type, s]) => [type, [s.tp, s.fp, s.fn]]));
    assert.deepEqual(counts, {
      people: [1, 1, 1], // Ann Lee (byline) missed; "Tuesday" is false
      organisations: [0, 0, 1],
      dates: [1, 0, 0],
      quotes: [1, 0, 0],
      'quote-text': [1, 0, 0],
      roles: [1, 0, 0],
      comments: [0, 0, 0],
    });
    assert.deepEqual(r.metadata.map((f) => f.status), ['correct', 'correct', 'missing', 'correct']);
    assert.deepEqual(r.body.map((b) => b.passed), [true, true]);
    assert.deepEqual(r.problems, []);
  });
  it('scores an article missing from the run as all misses, with the reason', () => {
    const r = scoreArticle(testKey({ file: 'b.txt' }), extraction);
    assert.equal(r.id, null);
    assert.deepEqual([r.sets.people.fn, r.sets.organisations.fn, r.sets.dates.fn], [2, 1, 1]);
    assert.match(r.problems[0] ?? '', /no article with source b\.txt/);
  });
});
