import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle, org, person } from '../../test/fixtures/resolve/make-article.ts';
import { forEachMention, isCountedDate } from './counted-mentions.ts';

const article = makeArticle('a', ['Ann Lee met the Home Office. Ann Lee left.'], [person('Ann Lee'), org('Home Office')]);

describe('forEachMention', () => {
  it('visits each mention of a resolved name once, and none of a dropped one or an empty span', () => {
    const [ann, office] = article.extraction.entities;
    const doubled = { ...article, extraction: { ...article.extraction, entities: [{ ...ann!, mentions: [...ann!.mentions, ann!.mentions[0]!, { paragraph: 1, start: 40, end: 40, text: '' }] }, office!] } };
    const seen: [number, number][] = [];
    forEachMention(doubled, Int32Array.from([7, -1]), (target, m) => seen.push([target, m.start]));
    assert.deepEqual(seen, ann!.mentions.map((m) => [7, m.start]));
  });
});

describe('isCountedDate', () => {
  it('counts resolved dates with text only', () => {
    const span = { paragraph: 1, start: 0, end: 4, text: '2015' };
    assert.equal(isCountedDate({ span, iso: '2015', precision: 'year', resolution: 'explicit' }), true);
    assert.equal(isCountedDate({ span, iso: null, precision: null, resolution: 'relative' }), false);
    assert.equal(isCountedDate({ span: { ...span, end: 0, text: '' }, iso: '2015', precision: 'year', resolution: 'explicit' }), false);
  });
});
