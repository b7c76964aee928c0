import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle } from '../../test/fixtures/resolve/make-article.ts';
import { buildDates } from './build-dates.ts';

describe('buildDates', () => {
  it('groups resolved dates by ISO value with precision from its length, and skips unresolved ones', () => {
    const articles = [
      makeArticle('b', ['In 2014 and in May 2014, then last week.'], [], {
        published: '2014',
        dates: [
          { text: 'In 2014', iso: '2014' },
          { text: 'May 2014', iso: '2014-05' },
          { text: 'last week', iso: null, resolution: 'relative' },
        ],
      }),
      makeArticle('a', ['By 2014. On 3 May 2014.'], [], {
        published: '2014-05-03',
        dates: [
          { text: '3 May 2014', iso: '2014-05-03' },
          { text: '2014', iso: '2014' },
        ],
      }),
    ];
    const dates = buildDates(articles);
    assert.deepEqual(dates.map((d) => [d.id, d.precision, d.published]), [
      ['2014', 'year', ['b']],
      ['2014-05', 'month', []],
      ['2014-05-03', 'day', ['a']],
    ]);
    assert.deepEqual(dates[0]!.mentions.map((m) => [m.article, m.text, m.context]), [
      ['a', '2014', 'By 2014.'],
      ['b', 'In 2014', 'In 2014 and in May 2014, then last week.'],
    ]);
    assert.deepEqual(dates.map((d) => d.articles), [
      [{ article: 'a', count: 1 }, { article: 'b', count: 1 }],
      [{ article: 'b', count: 1 }],
      [{ article: 'a', count: 1 }],
    ]);
  });

  it('makes a date entity for a publication date that no text names', () => {
    const dates = buildDates([makeArticle('a', ['No dates here.'], [], { published: '2015-02-03', dates: [] })]);
    assert.deepEqual(dates.map((d) => [d.id, d.precision, d.published, d.mentions.length, d.articles.length]), [['2015-02-03', 'day', ['a'], 0, 0]]);
  });
});
