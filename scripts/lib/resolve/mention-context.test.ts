import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionContext } from './mention-context.ts';

describe('mentionContext', () => {
  it('returns the sentence at an offset of a paragraph, or nothing for an unknown paragraph', () => {
    const context = mentionContext([{ paragraph: 2, kind: 'body', text: 'First one. Gen. Lee arrived. Last.' }]);
    assert.equal(context(2, 16), 'Gen. Lee arrived.');
    assert.equal(context(2, 0), 'First one.');
    assert.equal(context(7, 0), '');
  });
});
