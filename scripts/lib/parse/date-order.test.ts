import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDateOrder } from './date-order.ts';

describe('detectDateOrder', () => {
  it('reads day-first from spelled-out dates and British or Australian zones', () => {
    assert.equal(detectDateOrder('Published 03/04/2015. The council met on 2 April and again on 9 April.'), 'dmy');
    assert.equal(detectDateOrder('Posted 03/04/2015 at 10:15 AEST'), 'dmy');
  });

  it('reads month-first from spelled-out dates, US zones and numeric dates above 12', () => {
    assert.equal(detectDateOrder('Updated 6:02 a.m. ET. The board meets on Sept. 19.'), 'mdy');
    assert.equal(detectDateOrder('Filed 04/13/2015 and amended 03/04/2015.'), 'mdy');
  });

  it('gives no order for a text without evidence or with mixed evidence', () => {
    assert.equal(detectDateOrder('Published 03/04/2015.'), null);
    assert.equal(detectDateOrder('It opened on 2 April and closed on May 9.'), null);
  });
});

describe('detectDateOrder on dashed dates', () => {
  it('reads day-first from a dashed date with a day above 12', () => {
    assert.equal(detectDateOrder('Published 16-07-2023'), 'dmy');
  });
});

describe('detectDateOrder from the site and its currency', () => {
  it('leans day-first on a British site\'s own addresses and sums in pounds, outweighing one US-style date', () => {
    assert.equal(detectDateOrder('12/01/25, 07:00\nThe semi-final is on April 12.\nhttps://www.rugbyline.co.uk/feed/'), 'dmy');
    assert.equal(detectDateOrder('Published 03/04/2015. The £2m scheme and a £40 fine.'), 'dmy');
  });

  it('does not lean on a .com address or a single pound sign against several US dates', () => {
    assert.equal(detectDateOrder('Published 03/04/2015. https://www.example.com/news'), null);
    assert.equal(detectDateOrder('On Sept. 19, Oct. 2, Nov. 4 and Dec. 1 the £5 coins sold out.'), 'mdy');
  });
});
