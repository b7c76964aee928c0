import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captionKey, isCaption } from './detect-caption.ts';

describe('isCaption', () => {
  it('recognises credit lines', () => {
    for (const line of ['Photo: Gary Brigden', 'Image: Lucie Carlier', 'Photograph: Sam Frost/Getty Images', 'Picture by J. Smith', 'Getty Images', 'Image copyright PA', 'Image caption Social workers say the changes are risky'])
      assert.equal(isCaption(line), true, line);
  });

  it('recognises a caption sentence that ends with a credit', () => {
    assert.equal(isCaption('Kathy Evans believes no company should profit. Image: Lucie Carlier'), true);
    assert.equal(isCaption('A children’s home in the north of England Photograph: Christopher Thomond/The Guardian'), true);
  });

  it('leaves ordinary sentences alone', () => {
    assert.equal(isCaption('The exhibition features a video by Steve McQueen.'), false);
    assert.equal(isCaption('Picture this: a council with no social workers.'), false);
    assert.equal(isCaption('The photo was taken in 2014, he said.'), false);
  });
});

describe('captionKey', () => {
  it('ignores case and punctuation', () => {
    assert.equal(captionKey('The DfE, today.'), captionKey('the dfe today'));
  });
});
