import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFixture } from './dates/read-fixture.ts';
import { extractFigures } from './extract-figures.ts';
import type { ArticleText } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/dates');

function article(...texts: string[]): ArticleText {
  return { id: 't', title: null, published: null, author: null, segments: texts.map((text, i) => ({ paragraph: i + 1, kind: 'body', text })) };
}
const figures = (...texts: string[]) => extractFigures(article(...texts)).map((f) => [f.span.text, f.kind, f.value]);

describe('extractFigures fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`finds the expected figures in ${name}`, () => {
      const input = readFixture(join(FIXTURES, name));
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
      const found = extractFigures(input);
      assert.deepEqual(found.map((f) => [f.span.text, f.kind, f.value]), expected.figures);
      for (const f of found) {
        const segment = input.segments.find((s) => s.paragraph === f.span.paragraph);
        assert.equal(segment?.text.slice(f.span.start, f.span.end), f.span.text);
        assert.ok(segment?.text.includes(f.sentence) && f.sentence.includes(f.span.text));
      }
    });
  }
});

describe('extractFigures', () => {
  it('takes a count together with the noun phrase it counts', () => {
    assert.deepEqual(figures('A letter signed by 37 leading social work academics, and more than 100 children\'s charities.'), [
      ['37 leading social work academics', 'count', 37],
      ["more than 100 children's charities", 'count', 100],
    ]);
  });

  it('stops the noun phrase before the verb', () => {
    assert.deepEqual(figures('A further 72,000 people signed online petitions.'), [['72,000 people', 'count', 72000]]);
  });

  it('parses money with scale words and pence', () => {
    assert.deepEqual(figures('It costs £1.2 million, $2.5bn overall, or 50p a day.'), [
      ['£1.2 million', 'money', 1200000],
      ['$2.5bn', 'money', 2500000000],
      ['50p', 'money', 0.5],
    ]);
  });

  it('reads percentages written with a sign or in words', () => {
    assert.deepEqual(figures('Just 2% agreed and five per cent abstained; half objected.'), [
      ['2%', 'percent', 2],
      ['five per cent', 'percent', 5],
    ]);
  });

  it('gives the sentence that holds the figure', () => {
    const [figure] = extractFigures(article('Ministers backed down. Of 1,300 responses, most objected. Nobody was surprised.'));
    assert.equal(figure?.sentence, 'Of 1,300 responses, most objected.');
  });

  it('skips years, dates, times, ordinals, ages, durations and digits in names', () => {
    assert.deepEqual(figures('In 2014, on 30 May at 11:37 am, the 1st meeting of G4S staff aged 15 ran for 72 hours under Section 17.'), []);
  });
});
