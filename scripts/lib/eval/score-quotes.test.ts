import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreQuotes } from './score-quotes.ts';
import { testKey } from './test-key.ts';

const key = testKey();

describe('scoreQuotes', () => {
  it('finds a quote whose words start like the key and whose speaker goes by a key alias', () => {
    const s = scoreQuotes(key, [{ speaker: 'Oduya', speakerNames: ['oduya'], text: '“This is the right deal for taxpayers,”' }], 'speaker');
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  });
  it('counts a quote given to the wrong speaker as both false and missed, but right on the words alone', () => {
    const wrong = [{ speaker: 'BCC', speakerNames: ['bcc'], text: 'This is the right deal for taxpayers' }];
    const bySpeaker = scoreQuotes(key, wrong, 'speaker');
    assert.deepEqual([bySpeaker.tp, bySpeaker.fp, bySpeaker.fn], [0, 1, 1]);
    const byText = scoreQuotes(key, wrong, 'text');
    assert.deepEqual([byText.tp, byText.fp, byText.fn], [1, 0, 0]);
  });
  it('does not accept a quote that only contains the key words later on', () => {
    const s = scoreQuotes(key, [{ speaker: 'Mary Oduya', speakerNames: ['mary oduya'], text: 'She said this is the right deal for all' }], 'text');
    assert.equal(s.tp, 0);
  });
  it('matches each key quote once, so a duplicate extraction is a false positive', () => {
    const q = { speaker: 'Mary Oduya', speakerNames: ['mary oduya'], text: 'This is the right deal for us' };
    const s = scoreQuotes(key, [q, q], 'speaker');
    assert.deepEqual([s.tp, s.fp], [1, 1]);
  });
});
