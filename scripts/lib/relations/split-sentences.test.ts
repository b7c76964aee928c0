import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans } from './find-quote-spans.ts';
import { splitSentences } from './split-sentences.ts';

const sentences = (text: string) => splitSentences(text, findQuoteSpans(text)).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('keeps a quotation and its attribution in one sentence', () => {
    assert.deepEqual(sentences('"We tried. We failed," she said. Then it rained.'), ['"We tried. We failed," she said.', 'Then it rained.']);
  });

  it('does not split after titles, initials or state abbreviations', () => {
    assert.deepEqual(sentences('Sen. Maria Delgado, D-N.M., spoke to Mr. J. Smith of Springfield, Ill. today. He agreed.'), [
      'Sen. Maria Delgado, D-N.M., spoke to Mr. J. Smith of Springfield, Ill. today.',
      'He agreed.',
    ]);
  });

  it('splits after a quotation that ends a sentence inside its marks', () => {
    assert.deepEqual(sentences('He said: \u201CIt is over.\u201D Jones disagreed.'), ['He said: \u201CIt is over.\u201D', 'Jones disagreed.']);
  });
});
