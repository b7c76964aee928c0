import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoredTitle, isDanglingLabel, isSentenceHeadline, type AnchorContext } from './anchor-title.ts';

const SLOT = /^(?:By |Posted by |\d{1,2} \w+ \d{4}$|\w+ \d{1,2}, \d{4})/u;
const NAMES = new Set(['Ruby Tamihana-Clarke', 'Tan Wei Ling']);
const FURNITURE = new Set(['Sign In', 'Subscribe', 'Advertisement', 'Share']);

/** A small stand-in for the header's own tests. */
function ctx(texts: string[]): AnchorContext {
  return {
    isSlot: (i) => SLOT.test(texts[i]!) || NAMES.has(texts[i]!),
    isBareName: (i) => NAMES.has(texts[i]!),
    passed: (i) => FURNITURE.has(texts[i]!),
    isCaption: (t) => t.startsWith('Photo:'),
    isHeadline: (t) => t.split(' ').length >= 2 && !/[.,;:]$/u.test(t),
    isMastheadLine: (t) => /since \d{4}$|and beyond$/u.test(t),
    isRoleLine: (t) => /Correspondent$|Reporter$/u.test(t),
  };
}

const BODY = 'The council voted on Thursday to approve the plan after a long debate, and work will start before the end of the year on the site.';

describe('anchoredTitle', () => {
  it('takes the line above the byline, past a tagline and furniture above it', () => {
    const texts = ['The Strathmore Despatch', "Tayside's independent news since 1994", 'Sign In', 'Forfar pensioner jailed for fraud against neighbours', 'By Iain Dalgetty, Reporter', '8 March 2022', BODY];
    assert.deepEqual(anchoredTitle(texts, ctx(texts)), { title: 3, standfirst: null });
  });

  it('takes the headline over a standfirst printed above the byline', () => {
    const texts = ['Serving Ōtaki and Waikanae since 1909', 'Marae housing project wins council backing', 'Twelve homes for elders will be built on Māori freehold land north of Te Horo', 'Ruby Tamihana-Clarke', '15 September 2022', BODY];
    assert.deepEqual(anchoredTitle(texts, ctx(texts)), { title: 1, standfirst: 2 });
  });

  it('takes a headline of two full sentences and passes over a short section label', () => {
    const texts = ['Health', 'A cheap pill slowed memory loss in a small trial. Experts urge caution.', 'By Dana Whitlock', 'May 9, 2024', BODY];
    assert.deepEqual(anchoredTitle(texts, ctx(texts)), { title: 1, standfirst: null });
  });

  it('passes over a captioned photo and a label with its value', () => {
    const texts = ['Acme Robotics announces new chief executive', 'NEWS PROVIDED BY', 'Acme Robotics Corp', 'June 3, 2021', BODY];
    assert.deepEqual(anchoredTitle(texts, ctx(texts)), { title: 0, standfirst: null });
    const captioned = ['Ferry fares frozen for islanders after campaign', 'Photo: Jo Bloggs', 'By Iain Dalgetty', BODY];
    assert.deepEqual(anchoredTitle(captioned, ctx(captioned)), { title: 0, standfirst: null });
  });

  it('finds nothing when a byline closes a post below its prose', () => {
    const texts = ['Reflections on the review, three years on', 'Three years after the review of child protection, it is worth asking what changed.', 'Some councils cut paperwork. Others carried on as before.', 'Posted by Ruth Adeyemi at 10:12 AM'];
    assert.equal(anchoredTitle(texts, ctx(texts)), null);
  });

  it('finds nothing when a bare name has no date or role under it, or prose comes first', () => {
    const bare = ['Flood defences to be raised along the river', 'Tan Wei Ling', BODY];
    assert.equal(anchoredTitle(bare, ctx(bare)), null);
    const prose = [BODY, BODY, 'By Jo Bloggs'];
    assert.equal(anchoredTitle(prose, ctx(prose)), null);
  });

  it('looks past a date printed over the site name at the top', () => {
    const texts = ['8 March 2022', 'The Clydeside Chronicle', 'Shipyard wins frigate contract worth millions', 'By Callum Ruthven', BODY];
    assert.deepEqual(anchoredTitle(texts, ctx(texts)), { title: 2, standfirst: null });
  });
});

describe('isSentenceHeadline', () => {
  it('accepts one or two short sentences', () => {
    assert.equal(isSentenceHeadline('A cheap pill slowed memory loss in a small trial. Experts urge caution.'), true);
    assert.equal(isSentenceHeadline('We must not let the libraries close.'), true);
  });

  it('refuses three sentences, long paragraphs, list items and lower-case starts', () => {
    assert.equal(isSentenceHeadline('One thing. Another thing here. A third thing now.'), false);
    assert.equal(isSentenceHeadline(BODY + ' ' + BODY), false);
    assert.equal(isSentenceHeadline('1. Councils must publish their plans.'), false);
    assert.equal(isSentenceHeadline('and then the council voted.'), false);
  });
});

describe('isDanglingLabel', () => {
  it('reads labels whose value is on the next line, never a bare "By"', () => {
    assert.equal(isDanglingLabel('NEWS PROVIDED BY'), true);
    assert.equal(isDanglingLabel('Source:'), true);
    assert.equal(isDanglingLabel('By'), false);
    assert.equal(isDanglingLabel('Written by'), false);
  });
});
