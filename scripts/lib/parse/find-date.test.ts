import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineDate, findDate, findDates, isValidDay, parseDateLine } from './find-date.ts';

describe('findDate', () => {
  it('reads day-month-year, month-day-year and ISO dates', () => {
    assert.equal(findDate('| 19 May 2014')?.iso, '2014-05-19');
    assert.equal(findDate('Friday, December 2, 2016')?.iso, '2016-12-02');
    assert.equal(findDate('Sept. 5, 2014, 3:41 PM EDT')?.iso, '2014-09-05');
    assert.equal(findDate('on 2015-03-03T10:00Z')?.iso, '2015-03-03');
    assert.equal(findDate('the 2nd of December 2016')?.iso, '2016-12-02');
  });

  it('keeps the weekday and time in the matched text', () => {
    assert.equal(findDate('Mon 16 Jun 2014 07.00 BST')?.text, 'Mon 16 Jun 2014 07.00 BST');
    assert.equal(findDate('Gerald June 5, 2014 at 11:37 am #')?.text, 'June 5, 2014 at 11:37 am');
  });

  it('gives month precision when no day is printed', () => {
    assert.equal(findDate('published in March 2015')?.iso, '2015-03');
  });

  it('reads slashed dates only when the order cannot be mistaken', () => {
    assert.equal(findDate('20/06/2014')?.iso, '2014-06-20');
    assert.equal(findDate('05/06/2014'), null);
  });

  it('rejects impossible days', () => {
    assert.equal(findDate('2015-02-30'), null);
    assert.equal(findDate('31 February 2015')?.iso, '2015-02');
    assert.equal(isValidDay(2016, 2, 29), true);
    assert.equal(isValidDay(2015, 2, 29), false);
  });
});

describe('findDates', () => {
  it('returns every date in order without overlaps', () => {
    assert.deepEqual(findDates('From 1 May 2014 to June 3, 2015').map((d) => d.iso), ['2014-05-01', '2015-06-03']);
  });
});

describe('parseDateLine', () => {
  it('accepts lines that only state a date, with labels, times and zones', () => {
    assert.deepEqual(parseDateLine('| 19 May 2014'), { iso: '2014-05-19', text: '19 May 2014', label: null });
    assert.equal(parseDateLine('Published: 3 March 2015')?.label, 'published');
    assert.equal(parseDateLine('Updated 10:45 GMT, 4 June 2015')?.label, 'updated');
    assert.equal(parseDateLine('19 May 2014 14:32 BST')?.iso, '2014-05-19');
    assert.equal(parseDateLine('Last modified on Mon 16 Jun 2014 09.12 BST')?.label, 'updated');
  });

  it('accepts a time before the date and the section the story was filed in after it', () => {
    assert.deepEqual(parseDateLine('9:12am Friday 26th February 2016 in News'), { iso: '2016-02-26', text: 'Friday 26th February 2016', label: null });
    assert.equal(parseDateLine('4:30pm Monday 3rd March 2014 in Local News')?.iso, '2014-03-03');
    assert.equal(parseDateLine('Friday 26th February 2016 in the city centre'), null);
  });

  it('reads a numeric date line with its time in capitals, in the order the text uses', () => {
    assert.deepEqual(parseDateLine('Posted 10/04/2018 02:17 PM | Updated 10/04/2018 06:45 PM', 'mdy'), { iso: '2018-10-04', text: '10/04/2018 02:17 PM', label: 'published' });
  });

  it('reads a two-digit year after a month name (this century up to 50), never a time, a longer number or a count', () => {
    assert.deepEqual(parseDateLine('9:47am Fri 26 Feb 16'), { iso: '2016-02-26', text: 'Fri 26 Feb 16', label: null });
    assert.equal(findDate("posted 3rd Mar '09")?.iso, '2009-03-03');
    assert.equal(findDate('Fri 26 Feb 16:30'), null);
    assert.equal(findDate('26 Feb 165 votes'), null);
    assert.equal(findDate("Tue 12 Oct '99")?.iso, '1999-10-12');
    assert.equal(findDate('Comment 12 Mar 15 people'), null);
    assert.equal(findDate('9:47am Fri 26 Feb 16 at 09:47')?.iso, '2016-02-26');
  });

  it('refuses lines that say more than a date', () => {
    assert.equal(parseDateLine('The consultation closes on 30 May 2014.'), null);
    assert.equal(parseDateLine('By Joe Lepper 19 May 2014'), null);
  });
});

describe('findDate with zones and orders', () => {
  it('keeps any capitalised time zone in the matched text, never a lower-case word', () => {
    assert.equal(findDate('Thu 5 Sep 2024 06.00 IST')?.text, 'Thu 5 Sep 2024 06.00 IST');
    assert.equal(findDate('5 Sep 2024 10:00 (AEST)')?.text, '5 Sep 2024 10:00 (AEST)');
    assert.equal(findDate('June 5, 2014 at 11:37 am that')?.text, 'June 5, 2014 at 11:37 am');
  });

  it('reads an ambiguous numeric date only in the order it is given', () => {
    assert.equal(findDate('03/04/2015'), null);
    assert.equal(findDate('03/04/2015', 'dmy')?.iso, '2015-04-03');
    assert.equal(findDate('03/04/2015', 'mdy')?.iso, '2015-03-04');
  });
});

describe('parseDateLine labels', () => {
  it('reads press-release, Irish, Australian and US date lines', () => {
    assert.deepEqual(parseDateLine('FOR IMMEDIATE RELEASE: 15 January 2024'), { iso: '2024-01-15', text: '15 January 2024', label: 'published' });
    assert.equal(parseDateLine('Embargoed until 00:01 GMT, Tuesday 4 June 2024')?.iso, '2024-06-04');
    assert.equal(parseDateLine('Fri Sep 6 2024 - 05:00')?.iso, '2024-09-06');
    assert.equal(parseDateLine('Posted Thu 5 Sep 2024 at 6:00am, updated Thu 5 Sep 2024 at 9:12am')?.label, 'published');
    assert.equal(parseDateLine('Published 6:02 a.m. ET Sept. 5, 2024')?.iso, '2024-09-05');
    assert.equal(parseDateLine('Posted on 5th September 2024')?.iso, '2024-09-05');
  });
});

describe('datelineDate', () => {
  it('reads the full date of a dateline that opens the body', () => {
    assert.deepEqual(datelineDate('FALL RIVER, Mass. (Sept. 5, 2024) — Harbor Point opened a clinic.'), { iso: '2024-09-05', text: 'Sept. 5, 2024', label: null });
    assert.equal(datelineDate('LONDON, 15 January 2024 /PRNewswire/ -- A charity opened a line.')?.iso, '2024-01-15');
  });

  it('ignores datelines without a full date and dates later in the sentence', () => {
    assert.equal(datelineDate('NEW YORK, Sept 5 (Reuters) - Shares fell on 5 September 2024.'), null);
    assert.equal(datelineDate('CHICAGO — On 5 May 2015 the bus crawled.'), null);
    assert.equal(datelineDate('The council met on 5 May 2015 — and agreed.'), null);
  });
});

describe('date lines from outlets around the world', () => {
  it('reads time-first, am/pm with dots, zones, ISO stamps and ordinals', () => {
    const cases: [string, string, string | null][] = [
      ['12:41, Mar 08 2022', '2022-03-08', null],
      ['Updated: Nov 22, 2022, 06:15 IST', '2022-11-22', 'updated'],
      ['May 9, 2024 at 11:00 a.m. EDT', '2024-05-09', null],
      ['2021-06-03T14:02:00Z', '2021-06-03', null],
      ['2021-06-03T14:02:00.000Z', '2021-06-03', null],
      ['Thu 3 Jun 2021 14.02 BST', '2021-06-03', null],
      ['15th September 2022', '2022-09-15', null],
      ['16/07/2023', '2023-07-16', null],
      ['16-07-2023 | 08:45', '2023-07-16', null],
      ['2023/07/16 14:22', '2023-07-16', null],
      ['Updated / Tuesday, 8 Mar 2022 12:41', '2022-03-08', 'updated'],
      ['PUBLISHED Mar 4, 2023, 05:00 AM', '2023-03-04', 'published'],
      ['New Delhi, UPDATED: Nov 22, 2022 06:15 IST', '2022-11-22', 'updated'],
    ];
    for (const [line, iso, label] of cases) assert.deepEqual([parseDateLine(line)?.iso, parseDateLine(line)?.label], [iso, label], line);
  });

  it('reads a day-first date with dashes only when its order is plain or known', () => {
    assert.equal(findDate('03-04-2015'), null);
    assert.equal(findDate('03-04-2015', 'dmy')?.iso, '2015-04-03');
  });

  it('does not take a place before a date without a label for a date line', () => {
    assert.equal(parseDateLine('Harlan Springs, Iowa, lost 3 March 2022'), null);
  });
});

describe('parseDateLine on "Last update" labels', () => {
  it('reads a date line followed by a "Last update on:" stamp', () => {
    assert.deepEqual(parseDateLine('Sun Jan 7, 2024 09:00 AM  Last update on: Sun Jan 7, 2024 11:20 AM'), { iso: '2024-01-07', text: 'Sun Jan 7, 2024 09:00 AM', label: null });
    assert.equal(parseDateLine('Last update: 3 March 2015')?.label, 'updated');
  });
});
