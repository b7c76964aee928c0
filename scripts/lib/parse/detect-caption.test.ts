import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captionKey, isBareCaption, isCaption, isRepeatedCaption } from './detect-caption.ts';

describe('isCaption', () => {
  it('recognises credit lines', () => {
    for (const line of ['Photo: Gary Brigden', 'Image: Lucie Carlier', 'Photograph: Sam Frost/Getty Images', 'Picture by J. Smith', 'Getty Images', 'Image copyright PA', 'Image caption Social workers say the changes are risky'])
      assert.equal(isCaption(line), true, line);
  });

  it('recognises a caption sentence that ends with a credit', () => {
    assert.equal(isCaption('Kathy Evans believes no company should profit. Image: Lucie Carlier'), true);
    assert.equal(isCaption('A children’s home in the north of England Photograph: Christopher Thomond/The Guardian'), true);
  });

  it('recognises an upper-case credit led by the outlet’s initials', () => {
    assert.equal(isCaption('ST PHOTO: KELVIN CHNG'), true);
    assert.equal(isCaption('NST PIC: AHMAD ZAKI'), true);
    assert.equal(isCaption('Ms Lee PHOTO: she said'), false);
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

describe('isCaption with bracketed and reporting credits', () => {
  it('takes bracketed photo credits and wire reporting credits', () => {
    for (const line of ['A farmer stands in a dry paddock near Dubbo. (ABC Central West: Tom Lee)', 'The new terminal opened last year. (Supplied)', 'Reporting by Hannah Okafor; Editing by Kirsten Davenport', '(Reporting by A B in London; editing by C D)', 'Associated Press writer Kevin Freking contributed to this report.'])
      assert.equal(isCaption(line), true, line);
  });

  it('leaves brackets inside sentences alone', () => {
    assert.equal(isCaption('The council (Labour) said it would act.'), false);
    assert.equal(isCaption('He said the plan (which cost £2m) was wrong.'), false);
  });
});

describe('isBareCaption', () => {
  it('takes a verbless fragment followed by a longer paragraph', () => {
    assert.equal(isBareCaption('Residents wading through floodwater in Cockermouth on Monday night.', 'Flood defences in Cockermouth failed on Monday night as the river burst its banks.'), true);
  });

  it('refuses sentences, quotations, short fragments and a last paragraph', () => {
    assert.equal(isBareCaption('Flood defences failed on Monday night.', 'The agency said the defences had been overtopped by a record surge of water.'), false);
    assert.equal(isBareCaption('“Not on my watch,” she said in May.', 'A long paragraph follows here with many more words in it than before.'), false);
    assert.equal(isBareCaption('Not once.', 'A long paragraph follows here with many more words in it.'), false);
    assert.equal(isBareCaption('Residents outside the town hall on Tuesday.', undefined), false);
  });
});

describe('isRepeatedCaption', () => {
  it('reads a caption printed again with a short credit after it', () => {
    const caption = 'Residents were evacuated early Thursday after water rose.';
    assert.equal(isRepeatedCaption(`${caption}(KTV)`, caption), true);
    assert.equal(isRepeatedCaption(caption, caption), false);
    assert.equal(isRepeatedCaption(`${caption} The sheriff said more than sixty homes were empty by noon.`, caption), false);
    assert.equal(isRepeatedCaption('Floods hit. (KTV)', 'Floods hit.'), false);
  });

  it('reads a caption run into a photographer\'s credit in capitals, and not a sentence ending in initials', () => {
    assert.equal(isCaption('Relatives are being asked to raise children who would once have been adopted NIALL DEVERILL FOR THE TIMES'), true);
    assert.equal(isCaption('Protesters outside the town hall GETTY IMAGES'), true);
    assert.equal(isCaption('He said it was OK FOR THE NHS'), false);
  });
});
