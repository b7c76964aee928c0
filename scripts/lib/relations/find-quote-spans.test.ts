import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans } from './find-quote-spans.ts';

const contents = (text: string) => findQuoteSpans(text).map((q) => [text.slice(q.start, q.end), q.close === null ? 'open' : 'closed']);

describe('findQuoteSpans', () => {
  it('finds curly double quotations with their content and closing mark', () => {
    assert.deepEqual(contents('He said: \u201CWe will act now.\u201D Then he left.'), [['We will act now.', 'closed']]);
  });

  it('pairs straight double quotes by their position next to spaces', () => {
    assert.deepEqual(contents('"It works," she said, "mostly."'), [
      ['It works,', 'closed'],
      ['mostly.', 'closed'],
    ]);
  });

  it('reports a quotation still open at the end of the paragraph as unclosed', () => {
    assert.deepEqual(contents('The department said: "The majority of responses raised concerns.  '), [['The majority of responses raised concerns.', 'open']]);
  });

  it('never takes apostrophes for single quotes', () => {
    assert.deepEqual(contents('Children\u2019s services and Barnardo\'s charity are here.'), []);
  });

  it('finds single-quoted quotations and skips a plural possessive inside them', () => {
    assert.deepEqual(contents("Mr Hobby said: 'The parents' anger is real and justified,' he added."), [["The parents' anger is real and justified,", 'closed']]);
  });

  it('leaves single quotes nested inside a double quotation to that quotation', () => {
    assert.deepEqual(contents('\u201CThe local authority \u2018awarded\u2019 the judgment,\u201D it says.'), [['The local authority \u2018awarded\u2019 the judgment,', 'closed']]);
  });
});
