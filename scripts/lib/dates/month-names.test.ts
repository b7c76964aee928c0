import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareMonthIsDate, monthNumber } from './month-names.ts';

/** Runs bareMonthIsDate on the first occurrence of `name` in `text`. */
function reads(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return bareMonthIsDate(text, start, start + name.length);
}

describe('monthNumber', () => {
  it('reads full and abbreviated month names', () => {
    assert.equal(monthNumber('September'), 9);
    assert.equal(monthNumber('Sept.'), 9);
    assert.equal(monthNumber('jun'), 6);
    assert.equal(monthNumber('Mayor'), null);
  });
});

describe('bareMonthIsDate', () => {
  it('accepts months introduced as dates', () => {
    assert.equal(reads('The vote was held in May.', 'May'), true);
    assert.equal(reads('It ran in April and May.', 'May'), true);
    assert.equal(reads('Prices rose sharply from mid-June.', 'June'), true);
    assert.equal(reads('October was the wettest on record.', 'October'), true);
    assert.equal(reads('The road stays shut until at least March.', 'March'), true);
  });

  it('rejects people, verbs and nouns spelled like months', () => {
    assert.equal(reads('Prime minister Theresa May said no.', 'May'), false);
    assert.equal(reads('She met Mrs May twice.', 'May'), false);
    assert.equal(reads('The murder of April Jones shocked Wales.', 'April'), false);
    assert.equal(reads('May was a bad month for her.', 'May'), false);
    assert.equal(reads('They joined the March on Washington.', 'March'), false);
    assert.equal(reads('This may be true.', 'may'), false);
  });

  it('reads a month closing a period as a date but not a person written to', () => {
    assert.equal(reads('Profits rose 4% in the year to March, the retailer said.', 'March'), true);
    assert.equal(reads('Sales for the six months to June were flat.', 'June'), true);
    assert.equal(reads('The MP wrote to May about the vote.', 'May'), false);
  });
});
