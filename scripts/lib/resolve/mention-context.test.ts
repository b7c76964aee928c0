import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionContext, sentenceBounds } from './mention-context.ts';

describe('mentionContext', () => {
  it('returns the sentence at an offset of a paragraph, or nothing for an unknown paragraph', () => {
    const segments = [{ paragraph: 2, kind: 'body' as const, text: 'First one. Gen. Lee arrived. Last.' }];
    const context = mentionContext(segments, sentenceBounds(segments));
    assert.equal(context(2, 16), 'Gen. Lee arrived.');
    assert.equal(context(2, 0), 'First one.');
    assert.equal(context(7, 0), '');
  });
});
