import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDates } from '../extract-dates.ts';
import type { ArticleText } from '../types.ts';

/** [text, iso] of each date in `text`, for an article published on `published`. */
function dates(published: string, text: string): [string, string | null][] {
  const article: ArticleText = { id: 't', title: null, published, author: null, segments: [{ paragraph: 1, kind: 'body', text }] };
  return extractDates(article).map((d) => [d.span.text, d.iso]);
}

describe('alignRangeYears (through extractDates)', () => {
  it('gives a range\'s start the year printed or named after its end', () => {
    assert.deepEqual(dates('2014-07-17', 'Appeals heard between October and December last year were won.'), [
      ['October', '2013-10'],
      ['December last year', '2013-12'],
    ]);
    assert.deepEqual(dates('2015-03-18', 'Councils received 103,860 applications between April 1 and December 31 2014.'), [
      ['April 1', '2014-04-01'],
      ['December 31 2014', '2014-12-31'],
    ]);
  });

  it('widens a range read as one span over the year that follows it', () => {
    assert.deepEqual(dates('2014-07-17', 'The scheme ran from July to October last year.'), [
      ['July to October last year', '2013-07'],
      ['July to October last year', '2013-10'],
    ]);
  });

  it('puts a start that falls later in the year than the end in the year before', () => {
    assert.deepEqual(dates('2014-07-17', 'The freeze lasted from December to March 2014.'), [
      ['December to March 2014', '2013-12'],
      ['December to March 2014', '2014-03'],
    ]);
  });

  it('leaves two dates that are no range alone', () => {
    assert.deepEqual(dates('2014-07-17', 'He joined in June and left in 2013.'), [
      ['June', '2014-06'],
      ['2013', '2013'],
    ]);
    assert.deepEqual(dates('2016-07-17', 'He resigned yesterday and December 2014 was worse. It happened on 3 March and 2012 was worse.'), [
      ['yesterday', '2016-07-16'],
      ['December 2014', '2014-12'],
      ['3 March', '2016-03-03'],
      ['2012', '2012'],
    ]);
  });
});
