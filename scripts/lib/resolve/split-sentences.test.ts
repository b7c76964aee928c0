import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceAt, splitSentences } from './split-sentences.ts';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits after full stops, question and exclamation marks before a capital', () => {
    assert.deepEqual(sentences('It rained. Then it stopped! Did it? Yes.'), ['It rained.', 'Then it stopped!', 'Did it?', 'Yes.']);
  });

  it('does not split after honorifics, initials or dotted acronyms', () => {
    const text = 'Mr. Smith met Dr. J. K. Rowling in the U.S. Capitol on Jan. 5. They talked.';
    assert.deepEqual(sentences(text), ['Mr. Smith met Dr. J. K. Rowling in the U.S. Capitol on Jan. 5.', 'They talked.']);
  });

  it('keeps closing quotes with their sentence and splits before an opening quote', () => {
    const text = '“We will appeal.” She left. "It is over," he said.';
    assert.deepEqual(sentences(text), ['“We will appeal.”', 'She left.', '"It is over," he said.']);
  });

  it('does not split before a lowercase word or inside numbers', () => {
    assert.deepEqual(sentences('It cost £3.5m. a year, e.g. rent. Fine.'), ['It cost £3.5m. a year, e.g. rent.', 'Fine.']);
  });

  it('treats a blank line as a boundary and ignores surrounding space', () => {
    assert.deepEqual(sentences('  First part\n\nSecond part  '), ['First part', 'Second part']);
  });

  it('returns nothing for blank text', () => {
    assert.deepEqual(splitSentences('   '), []);
  });
});

describe('sentenceAt', () => {
  it('returns the sentence holding an offset', () => {
    const text = 'Ray Jones spoke. Sarah Jones did not. The end.';
    const ranges = splitSentences(text).flatMap((r) => [r.start, r.end]);
    assert.equal(sentenceAt(text, ranges, text.indexOf('Sarah')), 'Sarah Jones did not.');
    assert.equal(sentenceAt(text, ranges, 0), 'Ray Jones spoke.');
    assert.equal(sentenceAt(text, ranges, text.length + 5), 'The end.');
  });

  it('returns nothing for a paragraph without sentences', () => {
    assert.equal(sentenceAt('', [], 0), '');
  });
});
