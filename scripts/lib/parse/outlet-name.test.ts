import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditedOutlet, datelineOutlet, isOutletName, outletOfAffiliation, splitTitleSuffix } from './outlet-name.ts';

describe('isOutletName', () => {
  it('accepts newspaper and broadcaster names and news agencies', () => {
    for (const name of ['Wexcombe Gazette', 'The Irish Times', 'BBC News', 'Manchester Evening News', 'The Age', 'Greenville Ledger-Dispatch', 'Reuters', 'Associated Press', 'MailOnline', 'CometOnline', 'CaledonHerald'])
      assert.equal(isOutletName(name), true, name);
  });

  it('refuses organisations, sections and headlines', () => {
    for (const name of ['Children England', 'Department for Education', 'Social Care', 'Post Office scandal deepens', 'News', 'Online', 'Newsround', 'UK NEWS', 'World News', 'Herald'])
      assert.equal(isOutletName(name), false, name);
  });
});

describe('splitTitleSuffix', () => {
  it('cuts a site after a bar, and a section before it', () => {
    assert.deepEqual(splitTitleSuffix('Council approves cycle lanes | Eastfield Herald'), { title: 'Council approves cycle lanes', site: 'Eastfield Herald' });
    assert.deepEqual(splitTitleSuffix('Council approves cycle lanes | Politics | Eastfield Herald'), { title: 'Council approves cycle lanes', site: 'Eastfield Herald' });
    assert.deepEqual(splitTitleSuffix('Council approves cycle lanes | Politics'), { title: 'Council approves cycle lanes', site: null });
  });

  it('cuts after a dash only an outlet-shaped site', () => {
    assert.deepEqual(splitTitleSuffix('Why councils fail children - BBC News'), { title: 'Why councils fail children', site: 'BBC News' });
    assert.equal(splitTitleSuffix('Councils hit back at plans - Minister'), null);
    assert.equal(splitTitleSuffix('Obituary - John Smith'), null);
  });
});

describe('outletOfAffiliation', () => {
  it('reads the outlet from a byline affiliation', () => {
    assert.equal(outletOfAffiliation('BBC News, Bristol'), 'BBC News');
    assert.equal(outletOfAffiliation('for the Irish Times'), 'Irish Times');
    assert.equal(outletOfAffiliation('Guardian staff and agencies'), 'Guardian');
    assert.equal(outletOfAffiliation('Associated Press'), 'Associated Press');
  });

  it('reads a broadcaster desk only when asked, as its initials', () => {
    assert.equal(outletOfAffiliation('ABC Central West'), null);
    assert.equal(outletOfAffiliation('ABC Central West', true), 'ABC');
  });

  it('finds no outlet in a role', () => {
    assert.equal(outletOfAffiliation('Health Correspondent'), null);
    assert.equal(outletOfAffiliation('Business Reporter'), null);
  });
});

describe('creditedOutlet', () => {
  it('reads bylines that credit an outlet and no person', () => {
    assert.equal(creditedOutlet('By Reuters'), 'Reuters');
    assert.equal(creditedOutlet('Irish Times Reporter'), 'Irish Times');
    assert.equal(creditedOutlet('Wexcombe Gazette'), null);
  });
});

describe('datelineOutlet', () => {
  it('reads the agency of a wire dateline', () => {
    assert.equal(datelineOutlet('LONDON (Reuters) - Britain fined a water firm.'), 'Reuters');
    assert.equal(datelineOutlet('NEW YORK, March 3 (Reuters) - Shares fell.'), 'Reuters');
    assert.equal(datelineOutlet('WASHINGTON (AP) — The Senate voted.'), 'The Associated Press');
  });

  it('ignores brackets in ordinary sentences and datelines without an agency', () => {
    assert.equal(datelineOutlet('The council (Labour) - said so.'), null);
    assert.equal(datelineOutlet('CHICAGO — On a gray morning the bus crawled.'), null);
  });
});

describe('isOutletName on banners', () => {
  it('does not take a banner or section head for a site name', () => {
    for (const name of ['Breaking News', 'Latest News', 'Top News']) assert.equal(isOutletName(name), false, name);
    assert.equal(isOutletName('ABN News'), true);
  });
});
