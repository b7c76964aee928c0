import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPublication } from './detect-publication.ts';

describe('detectPublication', () => {
  it('names the outlet from membership, "More from", copyright and origin lines', () => {
    assert.equal(detectPublication(['Subscribe', 'Example Weekly Digital membership']), 'Example Weekly');
    assert.equal(detectPublication(['More from Community Care']), 'Community Care');
    assert.equal(detectPublication(['© Care Weekly 2016']), 'Care Weekly');
    assert.equal(detectPublication(['Copyright 2014 The Daily Example. All rights reserved.']), 'The Daily Example');
    assert.equal(detectPublication(['This article first appeared in The Conversation.']), 'The Conversation');
  });

  it('ignores generic phrases', () => {
    assert.equal(detectPublication(['More from our partners', 'Subscribe to our newsletter', 'More from this author']), null);
  });
});
