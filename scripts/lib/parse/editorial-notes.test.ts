import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEditorialNote, isPublisherBlurb } from './editorial-notes.ts';

describe('isEditorialNote', () => {
  it('recognises print cross-references', () => {
    assert.equal(isEditorialNote('Full scorecards on page 46.'), true);
    assert.equal(isEditorialNote('Letters, page 23'), true);
    assert.equal(isEditorialNote('Continued on page 6'), true);
    assert.equal(isEditorialNote('More racing results on pages 50-51.'), true);
  });

  it('recognises calls for readers’ photos and stories', () => {
    assert.equal(isEditorialNote('Have you been affected? Send us your photos and videos on WhatsApp.'), true);
    assert.equal(isEditorialNote('Were you there? Share your pictures with us at news@example.com'), true);
  });

  it('leaves sentences about pages and photos alone', () => {
    assert.equal(isEditorialNote('The story appeared on page 3 of the Sunday edition after the editor intervened.'), false);
    assert.equal(isEditorialNote('Police said they had been sent photos of the crash by several drivers.'), false);
  });
});

describe('isPublisherBlurb', () => {
  it('recognises a one-line description of an agency, newsroom or funder', () => {
    assert.equal(isPublisherBlurb('Harbourline is an independent news agency covering the Humber ports.'), true);
    assert.equal(isPublisherBlurb('The Valley Ledger is a nonprofit newsroom serving the Fox River towns.'), true);
    assert.equal(isPublisherBlurb('Local democracy reporting is funded by the BBC and councils.'), true);
    assert.equal(isPublisherBlurb('Harbour Science Wire is supported by a grant from the Tidewater Foundation.'), true);
  });

  it('rejects longer paragraphs, quotes and funding of anything but news', () => {
    assert.equal(isPublisherBlurb('The scheme is funded by the county council.'), false);
    assert.equal(isPublisherBlurb('“The Gazette is a newspaper that matters,” she said.'), false);
    assert.equal(isPublisherBlurb('The Courier is a weekly newspaper. It was founded in 1881 and sold last year.'), false);
  });
});
