import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearDates } from './year-dates.ts';

const years = (text: string) => yearDates(text).map((c) => text.slice(c.start, c.end));

describe('yearDates', () => {
  it('reads years, and the two ends of a span', () => {
    assert.deepEqual(years('The house was built in 1850 and rebuilt between 2010-2014.'), ['1850', '2010', '2014']);
  });

  it('leaves numbers that number things alone: rooms, sections, notes, flights, counts and laws', () => {
    assert.deepEqual(years('They met in Room 1984, served a Section 1998 notice (see Note 1850); Flight 1549 landed; 2000 people came under the Data Protection Act 1998.'), []);
  });

  it('reads counts of staff, volunteers and posts as counts, and keeps years before plural nouns after a time word', () => {
    assert.deepEqual(years('The trust employs 2000 staff and has 1850 volunteers, and will cut 1900 posts.'), []);
    assert.deepEqual(years('In 2014 councils agreed; since 2010 hospitals have struggled.'), ['2014', '2010']);
  });

  it('keeps a year that is the subject of a verb', () => {
    assert.deepEqual(years('Since then 2016 brings new rules, and 2012 marks a low.'), ['2016', '2012']);
  });
});
