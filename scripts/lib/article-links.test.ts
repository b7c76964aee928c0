import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle, org, person } from '../test/fixtures/resolve/make-article.ts';
import { articleLinks } from './article-links.ts';

const article = makeArticle(
  'cuts',
  ['Leeds City Council said on 3 May 2015 that Sarah Khan would lead the review.', 'Ms Khan told the council the plans were sound.'],
  [person('Sarah Khan', ['Sarah Khan', 'Ms Khan']), org('Leeds City Council', ['Leeds City Council', 'council'])],
  { dates: [{ text: '3 May 2015', iso: '2015-05-03' }] },
);
const [first, second] = article.segments.map((s) => s.text);
const at = (text: string, words: string) => text.indexOf(words);
const entities = [
  { id: 'sarah-khan', kind: 'person' as const },
  { id: 'leeds-city-council', kind: 'organisation' as const },
];

describe('articleLinks', () => {
  it('links every mention to its page: people, then organisations, then dates, each in text order', () => {
    const links = articleLinks(article, Int32Array.from([0, 1]), entities);
    assert.deepEqual(
      links.map((l) => [l.paragraph, l.start, l.end, l.href, l.className]),
      [
        [1, at(first!, 'Sarah'), at(first!, 'Sarah') + 10, '../people/sarah-khan.html', 'ent person'],
        [2, 0, 7, '../people/sarah-khan.html', 'ent person'],
        [1, 0, 18, '../organisations/leeds-city-council.html', 'ent organisation'],
        [2, at(second!, 'council'), at(second!, 'council') + 7, '../organisations/leeds-city-council.html', 'ent organisation'],
        [1, at(first!, '3 May'), at(first!, '3 May') + 10, '../dates/2015-05-03.html', 'ent date'],
      ],
    );
  });

  it('leaves out names curation dropped, and unresolved dates', () => {
    const undated = { ...article, extraction: { ...article.extraction, dates: article.extraction.dates.map((d) => ({ ...d, iso: null })) } };
    const links = articleLinks(undated, Int32Array.from([-1, 1]), entities);
    assert.deepEqual([...new Set(links.map((l) => l.href))], ['../organisations/leeds-city-council.html']);
  });

  it('skips the header (paragraph 0) and links a mention the extractor counted twice once', () => {
    const local = article.extraction.entities[0]!;
    const twice = { ...local, mentions: [...local.mentions, local.mentions[0]!, { paragraph: 0, start: 0, end: 10, text: 'Sarah Khan' }] };
    const doubled = { ...article, extraction: { ...article.extraction, entities: [twice, article.extraction.entities[1]!] } };
    assert.deepEqual(articleLinks(doubled, Int32Array.from([0, 1]), entities), articleLinks(article, Int32Array.from([0, 1]), entities));
  });
});
