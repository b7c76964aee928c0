import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphHref } from './paragraph-href.ts';

describe('paragraphHref', () => {
  it('links to the paragraph anchor, relative to the page depth', () => {
    assert.equal(paragraphHref(1, 'a-story', 4), '../articles/a-story.html#p-4');
    assert.equal(paragraphHref(0, 'a-story', 4), './articles/a-story.html#p-4');
  });
  it('links header text (paragraph 0) and unknown paragraphs to the page itself', () => {
    assert.equal(paragraphHref(1, 'a-story', 0), '../articles/a-story.html');
    assert.equal(paragraphHref(1, 'a-story', null), '../articles/a-story.html');
  });
});
