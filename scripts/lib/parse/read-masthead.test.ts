import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHeadline } from './detect-header.ts';
import { headerSlots } from './header-slots.ts';
import { readMasthead } from './read-masthead.ts';

function read(texts: string[], blocks: number[] | null = null) {
  const isSlot = (i: number) => headerSlots(texts[i] ?? '', true)?.some((s) => s.kind !== 'skip') ?? false;
  return readMasthead(texts, { blocks, isSlot, isHeadline });
}

const BODY = 'The council said on Tuesday that it would scrap the plan after more than 400 objections.';

describe('readMasthead', () => {
  it('passes over a navigation menu and names the site that leads it', () => {
    const m = read(['Skip to main content', 'Northshire Echo', 'Menu', 'Home', 'News', 'Sport', 'Business', 'Council scraps outsourcing plan', 'By Jo Bloggs', BODY]);
    assert.deepEqual([...m.skip], [1, 2, 3, 4, 5, 6]);
    assert.equal(m.site, 'Northshire Echo');
  });

  it('reads a masthead and tagline printed together above a post title', () => {
    const texts = ['Notes From The Allotment', 'Growing food, and arguing about it, in south Leeds', 'Why we gave up on raised beds', 'Posted on 14 April 2016 by Jo Bloggs', BODY];
    const m = read(texts, [0, 0, 1, 2, 3]);
    assert.deepEqual([...m.skip], [0, 1]);
    assert.equal(m.site, 'Notes From The Allotment');
  });

  it('leaves a section label and a headline that are not a masthead alone', () => {
    const texts = ['Politics', 'Ministers drew up secret plan to sell off hostels', 'Leaked papers show costs', 'By Jo Bloggs', BODY];
    assert.deepEqual([...read(texts, [0, 0, 1, 2, 3]).skip], []);
  });

  it('names the site from a top line that a copyright line confirms', () => {
    const texts = ['The Lantern', 'Skip to main content', 'Support the Lantern', 'Sign in', 'News', 'Opinion', 'Sport', 'Ministers drew up secret plan to sell off hostels', 'By Jo Bloggs', BODY, '© 2021 Lantern Media Ltd'];
    assert.equal(read(texts).site, 'The Lantern');
    assert.equal(read(texts.slice(0, -1)).site, null);
  });

  it('names the issuer of a press release from its letterhead', () => {
    const texts = ['Fenwick Institute of Technology', 'Communications Office', 'Students build satellite that will launch next year', BODY];
    const m = read(texts);
    assert.equal(m.site, 'Fenwick Institute of Technology');
    assert.ok(m.skip.has(0));
  });

  it('names the site that leads a section row at the top', () => {
    assert.equal(read(['THE VALLEY TELEGRAPH  |  NEWS', 'Ministers drew up secret plan to sell off hostels', 'By Jo Bloggs', BODY]).site, 'THE VALLEY TELEGRAPH');
    assert.equal(read(['News | Politics', 'Ministers drew up secret plan to sell off hostels', 'By Jo Bloggs', BODY]).site, null);
  });

  it('takes the title a comment heading echoes', () => {
    const texts = ['The Frontline Notebook', 'Reflections from a social worker', 'Why I still believe in the duty team', 'Posted on March 3, 2015 by Jo Bloggs', BODY, '3 thoughts on “Why I still believe in the duty team”'];
    const m = read(texts);
    assert.equal(m.title, 2);
    assert.deepEqual([...m.skip], [0, 1]);
  });
});

describe('readMasthead on taglines, one-line menus and issuer lines', () => {
  it('names the site printed over a tagline and passes over both', () => {
    const texts = ['The Boundary Rope', 'Club cricket from the Borders and beyond', 'Kelso hold their nerve to take the title', 'Callum Ruthven', BODY];
    const m = read(texts);
    assert.equal(m.site, 'The Boundary Rope');
    assert.deepEqual([...m.skip].sort(), [0, 1]);
  });

  it('passes over a one-line menu and an issuer line', () => {
    const m = read(['News Sport Community Opinion Classifieds Public Notices Weather', 'Tarrant Vale Holdings plc (TVH)', 'Board Change and Trading Update', BODY]);
    assert.deepEqual([...m.skip].sort(), [0, 1]);
  });

  it('names the site a copyright line at the foot repeats', () => {
    assert.equal(read(['The Brennan Ledger', 'Sign In', 'Health', 'Pill cut migraine days in a small trial', 'By Dana Whitlock', BODY, '© 2024 Brennan Ledger Media LLC']).site, 'The Brennan Ledger');
  });

  it('leaves a headline that ends in a year alone', () => {
    assert.deepEqual([...read(['Kelso win first title since 1991', 'By Callum Ruthven', BODY]).skip], []);
  });

  it('names a site known by its web address over a spaced menu, past a cookie banner', () => {
    const texts = ['Tell us whether you accept cookies', 'We use cookies to collect information about how you use GOV.UK and to improve our services for everyone.', 'GOV.UK', 'Topics   Government activity   Search', 'Council to lose children’s services', 'Published 10 June 2015', BODY];
    assert.equal(read(texts).site, 'GOV.UK');
  });

  it('names a site from a web address over any furniture line, and from a top line with a call after a dash', () => {
    assert.equal(read(['inews.co.uk', 'Menu', 'Care leavers chased by bailiffs', 'By Jo Doe', BODY]).site, 'inews.co.uk');
    assert.equal(read(['Skip to content', 'Sky News - watch live', 'Home', 'UK', 'World', 'Children taken into care at record rate', 'By Jo Doe', BODY]).site, 'Sky News');
  });

  it('never takes a headline over a share row for the site', () => {
    assert.equal(read(['Care Homes Crisis Deepens', 'Facebook | Twitter', 'By Jo Doe', BODY]).site, null);
  });

  it('names a site over its motto and a spaced menu', () => {
    const texts = ['Kinwell Children’s Charity', 'Keeping children safe, at home and away', 'Get help   Donate   Get involved   Our work', 'Children in care going missing far from home', 'Posted on: 9 October 2014', BODY];
    assert.equal(read(texts).site, 'Kinwell Children’s Charity');
  });
});
