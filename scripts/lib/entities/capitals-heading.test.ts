import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCapitalsHeading } from './capitals-heading.ts';
import { findNameCandidates } from './find-name-candidates.ts';

const heading = (text: string) => findNameCandidates({ paragraph: 1, kind: 'body', text }, new Set()).map(isCapitalsHeading);

describe('isCapitalsHeading', () => {
  it('reads a line of words in capitals, numbered or with a colon, as a heading', () => {
    assert.deepEqual(['MATCH FACTS', 'MOST READ:', '3. CURRENT POSITION', '7.1 LEGAL IMPLICATIONS'].map((t) => heading(t)[0]), [true, true, true, true]);
  });

  it('keeps a club over its team sheet, one word, and capitals inside a sentence', () => {
    assert.deepEqual(heading('WAKEFIELD ATHLETIC'), [false]);
    assert.deepEqual(heading('NHS'), [false]);
    assert.deepEqual(heading('Staff at the NORTHERN RAIL depot said so.').at(-1), false);
  });
});
