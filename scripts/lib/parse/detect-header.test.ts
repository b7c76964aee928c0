import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectHeader, isHeadline } from './detect-header.ts';

describe('isHeadline', () => {
  it('accepts short capitalised lines without a final full stop', () => {
    assert.equal(isHeadline('Children’s services chiefs say ‘no’ to letting companies run child protection'), true);
    assert.equal(isHeadline('Is outsourcing the answer?'), true);
  });

  it('refuses sentences, single words and list items', () => {
    assert.equal(isHeadline('Proposals to allow councils to privatise services have been abandoned.'), false);
    assert.equal(isHeadline('News'), false);
    assert.equal(isHeadline('1. Gerald June 5, 2014'), false);
  });
});

describe('detectHeader', () => {
  it('reads headline, byline and date line', () => {
    const header = detectHeader(['Opposition to outsourcing gathers pace', 'By Joe Lepper', '| 19 May 2014', 'More than 8,000 people have signed a petition.']);
    assert.equal(header.title, 'Opposition to outsourcing gathers pace');
    assert.equal(header.author, 'Joe Lepper');
    assert.equal(header.date?.iso, '2014-05-19');
    assert.equal(header.bodyStart, 3);
  });

  it('reads a standfirst without a full stop and a caption under it', () => {
    const header = detectHeader(['Chiefs say no to profit in child protection', 'The association says the plan could create perverse incentives in social care', 'Photo: Gary Brigden', 'Bosses have warned ministers.']);
    assert.equal(header.standfirst, 1);
    assert.deepEqual(header.captions, [2]);
    assert.equal(header.bodyStart, 3);
  });

  it('takes a sentence as standfirst when a byline still follows it', () => {
    const header = detectHeader(['Care homes run like hotels, charity warns', 'Private providers now run most homes, a report says.', 'Amelia Hartley, social affairs correspondent', 'Mon 16 Jun 2014 07.00 BST', 'Private companies are running homes.']);
    assert.equal(header.standfirst, 1);
    assert.equal(header.author, 'Amelia Hartley');
    assert.equal(header.date?.iso, '2014-06-16');
  });

  it('splits byline and date printed on one line', () => {
    for (const line of ['By Jane Doe | March 3, 2015 | 4 comments', 'Posted on March 3, 2015 by Jane Doe', 'Jane Doe Tuesday 3 March 2015 12.00 GMT', 'By Jane Doe, Tuesday 3 March 2015']) {
      const header = detectHeader(['Council scraps outsourcing plan', line, 'The council has scrapped its plan.']);
      assert.deepEqual([header.author, header.date?.iso], ['Jane Doe', '2015-03-03'], line);
    }
  });

  it('finds no headline when the text starts with body', () => {
    const header = detectHeader(['Proposals to allow councils to privatise services have been abandoned.', 'The department said so.']);
    assert.equal(header.title, null);
    assert.equal(header.bodyStart, 0);
  });

  it('skips a short section label above the headline', () => {
    assert.equal(detectHeader(['Social care', 'Council scraps outsourcing plan after protests', 'The council has scrapped it.']).title, 'Council scraps outsourcing plan after protests');
  });

  it('prefers a published date to an updated one', () => {
    assert.equal(detectHeader(['Headline words here', 'Last updated: 4 March 2015', 'Published: 3 March 2015', 'Body.']).date?.iso, '2015-03-03');
  });
});

describe('detectHeader above the headline', () => {
  it('passes over breadcrumbs, press-release labels and a masthead, and names the site', () => {
    const header = detectHeader(['Wexcombe Gazette', 'News | Politics | Wexcombe', 'Council tax to rise as libraries close', 'By Tom Hardcastle, Local Democracy Reporter', 'Thursday 9 February 2023', 'Council tax bills will rise.']);
    assert.equal(header.title, 'Council tax to rise as libraries close');
    assert.deepEqual(header.outlets, [{ name: 'Wexcombe Gazette', from: 'site' }]);
    assert.equal(header.bodyStart, 5);
    const release = detectHeader(['PRESS RELEASE', 'FOR IMMEDIATE RELEASE: 15 January 2024', 'Charity launches overnight helpline for carers', 'Unpaid carers will be able to call.']);
    assert.equal(release.title, 'Charity launches overnight helpline for carers');
    assert.equal(release.date?.iso, '2024-01-15');
  });

  it('cuts a "| Site" suffix off the headline and skips the headline printed again', () => {
    const header = detectHeader(['Ferry operator fined after passenger hurt | Northshire Echo', 'Ferry operator fined after passenger hurt', 'By Ruth Ellison', 'A ferry operator has been fined.']);
    assert.deepEqual([header.title, header.titleCut, header.standfirst, header.bodyStart], ['Ferry operator fined after passenger hurt', true, null, 3]);
    assert.deepEqual(header.outlets, [{ name: 'Northshire Echo', from: 'site' }]);
  });
});

describe('detectHeader under the byline', () => {
  it('passes over a role or outlet line and keeps the outlet', () => {
    const bbc = detectHeader(['Hospital trust apologises over scans', 'By Priya Natarajan', 'BBC News, Bristol', 'A hospital trust has apologised.']);
    assert.deepEqual([bbc.author, bbc.bodyStart], ['Priya Natarajan', 3]);
    assert.deepEqual(bbc.outlets, [{ name: 'BBC News', from: 'byline' }]);
    const us = detectHeader(['School board delays vote on buses', 'By Mike Kowalski', 'Staff Writer', 'Sept. 5, 2024', 'The board postponed a vote.']);
    assert.deepEqual([us.author, us.date?.iso, us.standfirst, us.bodyStart], ['Mike Kowalski', '2024-09-05', null, 4]);
  });

  it('reads a byline with no comma before the role', () => {
    assert.equal(detectHeader(['Waiting lists reach record high', 'Ciara Molloy Social Affairs Correspondent', 'The number rose.']).author, 'Ciara Molloy');
  });

  it('takes a sentence as standfirst when a caption comes between it and the byline', () => {
    const header = detectHeader(['Care homes run like hotels, charity warns', 'Private providers now run most homes, a report says.', 'A home in the north. Photograph: Jo Bloggs', 'Amelia Hartley', 'Mon 16 Jun 2014 07.00 BST', 'Private companies are running homes.']);
    assert.deepEqual([header.standfirst, header.captions, header.author], [1, [2], 'Amelia Hartley']);
  });

  it('marks a caption without a credit between the date line and the body', () => {
    const header = detectHeader(['Flood defences fail as river bursts', 'By Owen Price', 'Tuesday 3 December 2024', 'Residents wading through floodwater in Cockermouth on Monday night.', 'Flood defences in Cockermouth failed on Monday night as the river burst its banks, forcing 200 people from their homes.']);
    assert.deepEqual([header.captions, header.bodyStart], [[3], 4]);
  });

  it('does not take a first sentence with a verb for a caption', () => {
    const header = detectHeader(['Flood defences fail as river bursts', 'By Owen Price', 'Tuesday 3 December 2024', 'Flood defences failed on Monday night.', 'The Environment Agency said the defences had been overtopped by a record surge.']);
    assert.deepEqual([header.captions, header.bodyStart], [[], 3]);
  });
});

describe('detectHeader under a masthead and section labels', () => {
  it('passes over the site name and one-per-line section labels to reach the headline', () => {
    const texts = ['Northfold Gazette', 'Sport', 'Cricket', 'Ashworth century rescues county on rain-hit opening day', 'By Priyanka Desai', 'Sports Reporter', '09:41, 14 AUG 2023', 'Daniel Ashworth made an unbeaten 132 on Sunday.'];
    const header = detectHeader(texts);
    assert.equal(header.titleAt, 3);
    assert.equal(header.author, 'Priyanka Desai');
    assert.equal(header.date?.iso, '2023-08-14');
    assert.equal(header.bodyStart, 7);
    assert.deepEqual(header.outlets[0], { name: 'Northfold Gazette', from: 'site' });
  });
});
