import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareExtractionStrings, shareSegmentStrings } from './share-strings.ts';
import type { ArticleExtraction } from './types.ts';

/** A fresh extraction as JSON.parse gives it: every string its own copy. */
function parsed(): ArticleExtraction {
  const span = { paragraph: 1, start: 0, end: 3, text: 'Ann' };
  return JSON.parse(
    JSON.stringify({
      sentences: [{ paragraph: 1, bounds: [0, 10] }],
      entities: [{ kind: 'person', name: 'Ann Lee', acronym: null, honorific: null, mentions: [span], byline: false }],
      roles: [],
      quotes: [{ speaker: 'Ann Lee', speakerKind: 'person', paragraph: 1, span: 1, text: 'Hi' }],
      dates: [{ span, iso: '2014-06-20', precision: 'day', resolution: 'explicit' }, { span, iso: null, precision: null, resolution: 'relative' }],
      figures: [{ span, kind: 'percent', value: 5, sentence: 'Five per cent.' }],
    }),
  ) as ArticleExtraction;
}

const segments = [{ paragraph: 1, kind: 'body' as const, text: 'Ann Lee said so. Five per cent. More.' }];

describe('shareExtractionStrings', () => {
  it('leaves every value as it was', () => {
    assert.deepEqual(shareExtractionStrings(parsed(), segments), parsed());
  });

  it('keeps a figure sentence that is not in its paragraph as it is', () => {
    const x = parsed();
    x.figures[0]!.sentence = 'Five  per cent.';
    assert.equal(shareExtractionStrings(x, segments).figures[0]!.sentence, 'Five  per cent.');
    assert.equal(shareExtractionStrings(parsed(), []).figures[0]!.sentence, 'Five per cent.');
  });

  it('keeps null dates null and returns the same object', () => {
    const x = parsed();
    assert.equal(shareExtractionStrings(x, segments), x);
    assert.equal(x.dates[1]!.iso, null);
    assert.equal(x.dates[1]!.precision, null);
  });
});

describe('shareSegmentStrings', () => {
  it('leaves every segment as it was', () => {
    const segments = () => JSON.parse('[{"paragraph":0,"kind":"header","text":"By Jo"},{"paragraph":1,"kind":"body","text":"Text."}]');
    assert.deepEqual(shareSegmentStrings(segments()), segments());
  });
});
