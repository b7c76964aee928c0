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
