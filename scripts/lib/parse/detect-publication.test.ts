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

describe('detectPublication with hints', () => {
  it('prefers the site the header names, then furniture, then a byline outlet, then a dateline', () => {
    assert.equal(detectPublication(['© 2024 Northshire Media Ltd'], { outlets: [{ name: 'Northshire Echo', from: 'site' }] }), 'Northshire Echo');
    assert.equal(detectPublication(['© 2024 Northshire Media Ltd'], { outlets: [{ name: 'BBC News', from: 'byline' }] }), 'Northshire Media');
    assert.equal(detectPublication([], { outlets: [{ name: 'BBC News', from: 'byline' }], firstBody: 'LONDON (Reuters) - Text.' }), 'BBC News');
    assert.equal(detectPublication([], { firstBody: 'LONDON (Reuters) - Britain fined a firm.' }), 'Reuters');
  });

  it('takes the byline\'s fuller name of the outlet a copyright line names short', () => {
    assert.equal(detectPublication(['Copyright © 2023 BBC. The BBC is not responsible for the content of external sites.'], { outlets: [{ name: 'BBC News', from: 'byline' }] }), 'BBC News');
  });

  it('reads newsletter, reading and follow lines', () => {
    assert.equal(detectPublication(['Sign up to the Connacht Courier’s Morning Briefing newsletter']), 'Connacht Courier');
    assert.equal(detectPublication(['Thanks for reading The Policy Ledger! Subscribe for free.']), 'The Policy Ledger');
    assert.equal(detectPublication(['Follow the Northshire Echo on Facebook']), 'Northshire Echo');
    assert.equal(detectPublication(['Follow Jane Doe on Twitter']), null);
  });

  it('never takes a person holding the copyright for an outlet', () => {
    assert.equal(detectPublication(['© 2024 Dana Whitcomb'], { author: 'Dana Whitcomb' }), null);
    assert.equal(detectPublication(['© 2024 Dana Whitcomb']), null);
  });
});

describe('detectPublication on newswires, apps and site controls', () => {
  it('reads a newswire from its distribution credit or anywhere in the furniture', () => {
    assert.equal(detectPublication(['Distributed by Northgate Newswire on behalf of Tarrant Vale Holdings plc.']), 'Northgate Newswire');
    assert.equal(detectPublication(['Contact Riverbend News Service for syndication rights']), 'Riverbend News Service');
  });

  it('reads the outlet an app promotion names', () => {
    assert.equal(detectPublication(['Download the Markets Daily app to get real-time market updates.']), 'Markets Daily');
  });

  it('never takes a site control for an outlet', () => {
    assert.equal(detectPublication([], { outlets: [{ name: 'Sign In', from: 'site' }, { name: 'PTI', from: 'byline' }] }), 'PTI');
    assert.equal(detectPublication(['Subscribe to Sign In']), null);
  });
});

describe('detectPublication on owners and Crown copyright', () => {
  it('reads a copyright line after an owner sentence, and never names the Crown', () => {
    assert.equal(detectPublication(['Part of Fenwick Media Group. © 2016 The Fenwick Courier Ltd. All rights reserved.']), 'The Fenwick Courier');
    assert.equal(detectPublication(['© Crown copyright']), null);
    assert.equal(detectPublication(['© Copyright 2001-2017 Fenwick Media Group Ltd. All rights reserved.']), 'Fenwick Media Group');
  });
});
