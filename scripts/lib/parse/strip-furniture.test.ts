import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { furnitureKind, isFurnitureItem, markFurniture } from './strip-furniture.ts';

describe('furnitureKind', () => {
  it('finds single furniture lines of many families', () => {
    for (const line of ['blog comments powered by Disqus', 'Share on Facebook', 'Facebook Twitter Email', 'Tweet | Share | 12', 'Advertisement', 'From £15 / month', 'We use cookies to improve your experience. By continuing you agree to our cookie policy.', 'Newsletter sign-up: get the top stories in your inbox', '3 Responses to Some headline', '© Care Weekly 2016', 'ENDS', 'Read more: Ministers drop plan'])
      assert.equal(furnitureKind(line), 'line', line);
  });

  it('finds headings that open a furniture section', () => {
    for (const line of ['More from Community Care', 'Related articles', 'CYP Now Digital membership', 'Subscribe', 'Most read', 'Topics', 'More on this story'])
      assert.equal(furnitureKind(line), 'section', line);
  });

  it('leaves article sentences alone', () => {
    for (const line of ['The council said it would share the report with parents.', 'Subscribers to the scheme fell by 10%.', 'More than 8,000 people have signed a petition.'])
      assert.equal(furnitureKind(line), null, line);
  });
});

describe('isFurnitureItem', () => {
  it('accepts short unpunctuated lines and bullets, not sentences', () => {
    assert.equal(isFurnitureItem('Councils told to find more adopters', false), true);
    assert.equal(isFurnitureItem('• Latest digital issues', true), true);
    assert.equal(isFurnitureItem('He declined to comment.', false), false);
  });
});

describe('markFurniture', () => {
  it('extends a section over its list until prose returns', () => {
    const paras = ['Last body line of the story.', 'Related articles', 'Adoption reforms not working', 'Councils told to act', 'A full sentence of prose that returns here.'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(paras), [false, true, true, true, false]);
  });

  it('takes a whole subscription block with bullets and prices', () => {
    const paras = [
      { text: 'Example Weekly Digital membership', bullet: false },
      { text: '• Latest digital issues', bullet: true },
      { text: 'From £15 / month', bullet: false },
      { text: 'Subscribe', bullet: false },
      { text: 'Example Weekly Magazine', bullet: false },
    ];
    assert.deepEqual(markFurniture(paras), [true, true, true, true, true]);
  });
});
