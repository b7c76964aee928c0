import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFixture } from './dates/read-fixture.ts';
import { extractDates } from './extract-dates.ts';
import type { ArticleText } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/dates');

function article(published: string | null, ...texts: string[]): ArticleText {
  return { id: 't', title: null, published, author: null, segments: texts.map((text, i) => ({ paragraph: i + 1, kind: 'body', text })) };
}
const isos = (published: string | null, ...texts: string[]) => extractDates(article(published, ...texts)).map((d) => [d.span.text, d.iso]);

describe('extractDates fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`finds the expected dates in ${name}`, () => {
      const input = readFixture(join(FIXTURES, name));
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
      const dates = extractDates(input);
      assert.deepEqual(dates.map((d) => [d.span.text, d.iso]), expected.dates);
      for (const d of dates) {
        const segment = input.segments.find((s) => s.paragraph === d.span.paragraph);
        assert.equal(segment?.text.slice(d.span.start, d.span.end), d.span.text);
      }
    });
  }
});

describe('extractDates', () => {
  it('reads a two-digit number after an abbreviated month as the day, not the year', () => {
    assert.deepEqual(isos('2024-03-20', 'The council will vote on Sept. 12 on the plan.'), [['Sept. 12', '2024-09-12']]);
    assert.deepEqual(isos(null, 'The council will vote on Sept. 12 on the plan.'), [['Sept. 12', null]]);
  });

  it('resolves a weekday to the latest such day on or before a day-precise reference', () => {
    assert.deepEqual(isos('2014-05-19', 'Launched on Saturday, the petition grew.'), [['on Saturday', '2014-05-17']]);
    assert.deepEqual(isos('2014-06-20', 'The department said on Friday that it agreed.'), [['on Friday', '2014-06-20']]);
  });

  it('moves a weekday forward when the clause speaks of the future', () => {
    assert.deepEqual(isos('2016-03-15', 'The rule will take effect on Friday.'), [['on Friday', '2016-03-18']]);
  });

  it('moves a year-less comment timestamp before the article into the next year, but no weekday', () => {
    const input: ArticleText = {
      id: 't', title: null, published: '2024-12-29', author: null,
      segments: [
        { paragraph: 1, kind: 'body', text: 'The timetable changed on 2 December.' },
        { paragraph: 2, kind: 'comment-meta', text: 'Iain Beaton Jan 2' },
        { paragraph: 3, kind: 'comment-meta', text: 'Kirsty Galbraith replied on Friday' },
      ],
    };
    assert.deepEqual(extractDates(input).map((d) => [d.span.text, d.iso]), [['2 December', '2024-12-02'], ['Jan 2', '2025-01-02'], ['on Friday', '2024-12-27']]);
  });

  it('takes no date from a comment stamped "3 years ago", which counts back from the day the page was saved', () => {
    const input: ArticleText = {
      id: 't', title: null, published: '2014-07-17', author: null,
      segments: [
        { paragraph: 1, kind: 'body', text: 'He was assessed three years ago.' },
        { paragraph: 2, kind: 'comment-meta', text: 'bigal1966, Stockport, United Kingdom, 3 years ago' },
      ],
    };
    assert.deepEqual(extractDates(input).map((d) => [d.span.text, d.iso]), [['three years ago', '2011']]);
  });

  it('reads a past weekday as the day of a next-morning update printed in the header', () => {
    // Published late on Monday 2025-03-03, updated on Tuesday morning.
    const input = (header: string): ArticleText => ({
      id: 't', title: null, published: '2025-03-03', author: null,
      segments: [
        { paragraph: 0, kind: 'header', text: header },
        { paragraph: 1, kind: 'body', text: 'Its shares rose 4% on Tuesday morning.' },
      ],
    });
    const tuesday = (header: string) => extractDates(input(header)).filter((d) => d.span.paragraph === 1).map((d) => d.iso);
    assert.deepEqual(tuesday('By Jo Bloggs · Mon 3 Mar 2025, 10:45 PM · Tue 4 Mar 2025, 8:12 AM'), ['2025-03-04']);
    assert.deepEqual(tuesday('By Jo Bloggs · Mon 3 Mar 2025, 10:45 PM'), ['2025-02-25']);
    assert.deepEqual(tuesday('By Jo Bloggs · Mon 3 Mar 2025, 10:45 PM · Mon 10 Mar 2025, 9:00 AM'), ['2025-02-25']);
  });

  it('does not read the hour of a clock time before a US date as its day', () => {
    const found = isos('2025-01-27', 'Deputies delivered the order at 4:10 p.m. Jan. 19, hours before the levee failed.');
    assert.deepEqual(found.map(([, iso]) => iso), ['2025-01-19']);
  });

  it('reads a deadline weekday as past in a pluperfect sentence', () => {
    // 2025-04-02 is a Wednesday.
    assert.deepEqual(isos('2025-04-02', 'The petition had gathered 2,300 signatures by Tuesday.'), [['Tuesday', '2025-04-01']]);
    assert.deepEqual(isos('2025-04-02', 'Tenants must reply by Tuesday.'), [['Tuesday', '2025-04-08']]);
  });

  it('dates a present-tense scheduled return to next year once the month has gone', () => {
    assert.deepEqual(isos('2025-09-26', 'The soloist returns to the Barbican in March to play Bartók.'), [['March', '2026-03']]);
  });

  it('dates a month ahead of the reference in a since clause to last year', () => {
    assert.deepEqual(isos('2025-03-18', 'Nurses have covered extra shifts since the trust stopped using agencies in June.'), [['June', '2024-06']]);
  });

  it('leaves a weekday unresolved when the reference has only a month', () => {
    assert.deepEqual(isos('2014-06', 'Regulators confirmed on Friday.'), [['on Friday', null]]);
  });

  it('keeps the precision the text states', () => {
    const dates = extractDates(article('2016-12-02', 'Commissioned in March 2014, due in summer 2016, delayed last month.'));
    assert.deepEqual(dates.map((d) => [d.iso, d.precision, d.resolution]), [
      ['2014-03', 'month', 'explicit'],
      ['2016', 'year', 'explicit'],
      ['2016-11', 'month', 'relative'],
    ]);
  });

  it('splits two months joined by and into two dates of the reference year', () => {
    assert.deepEqual(isos('2014-06-20', 'The consultation, held in April and May, closed.'), [['April', '2014-04'], ['May', '2014-05']]);
  });

  it('puts a named month with last year in the year before the reference', () => {
    assert.deepEqual(isos('2014-05-19', 'Allowed in all councils from November last year.'), [['November last year', '2013-11']]);
  });

  it('resolves last week and next week to the month a week away', () => {
    assert.deepEqual(isos('2015-03-02', 'Staff were told last week; the board meets next week.'), [['last week', '2015-02'], ['next week', '2015-03']]);
  });

  it('treats a month far ahead of the reference in a past-tense sentence as last year', () => {
    assert.deepEqual(isos('2015-01-20', 'Managers were warned in November.'), [['November', '2014-11']]);
  });

  it('reads numeric dates month first in an article that writes dates the US way', () => {
    assert.deepEqual(isos(null, 'Filed December 2, 2016.', 'Amended 12/3/2016.'), [['December 2, 2016', '2016-12-02'], ['12/3/2016', '2016-12-03']]);
    assert.deepEqual(isos(null, 'Filed 2 December 2016.', 'Amended 12/3/2016.'), [['2 December 2016', '2016-12-02'], ['12/3/2016', '2016-03-12']]);
  });

  it('resolves explicit dates but nothing relative without a reference date', () => {
    assert.deepEqual(isos(null, 'Published 19 May 2014; it closes on 30 May, as announced last month.'), [
      ['19 May 2014', '2014-05-19'],
      ['30 May', null],
      ['last month', null],
    ]);
  });

  it('ignores durations, ages, times and counts', () => {
    assert.deepEqual(isos('2014-05-19', 'Signed by 8,363 people within 72 hours; five years on, a 15-year-old at 9am, 1,300 responses, 2000 people.'), []);
  });

  it('ignores people, verbs and papers named like dates', () => {
    assert.deepEqual(isos('2016-10-10', 'Theresa May said the Sunday Times may back a protest march, and Brian May agreed.'), []);
  });

  it('ignores dates inside links', () => {
    assert.deepEqual(isos('2014-06-20', 'A letter <https://www.example.com/society/2014/may/16/story> was sent.'), []);
  });

  it('dates a financial year by the year it starts in, and a span of full years by both ends', () => {
    assert.deepEqual(isos('2016-06-01', 'Spending in 2014-15 fell, and the 2017/18 budget is smaller.'), [['2014', '2014'], ['2017', '2017']]);
    assert.deepEqual(isos('2016-06-01', 'Between 2010-2014 the fund grew.'), [['2010', '2010'], ['2014', '2014']]);
  });

  it('puts a deadline month already gone this year in the next year', () => {
    assert.deepEqual(isos('2021-11-19', 'The judge told the firm to file its accounts by Jan. 10.'), [['Jan. 10', '2022-01-10']]);
    assert.deepEqual(isos('2018-12-03', 'Tenants have until February to object.'), [['February', '2019-02']]);
  });

  it('keeps a planned month later this year in the reference year', () => {
    assert.deepEqual(isos('2022-05-21', 'The trust agreed a new lease, with a final vote expected in September.'), [['September', '2022-09']]);
    assert.deepEqual(isos('2019-06-10', 'In October, the museum will reopen its east wing.'), [['October', '2019-10']]);
    assert.deepEqual(isos('2019-06-10', 'Campaigners say they will keep protesting until October!'), [['October', '2019-10']]);
  });

  it('puts a month named in a past clause last year even when a later clause is future', () => {
    assert.deepEqual(isos('2023-02-16', 'They served notice in October and hoped the board would reconsider.'), [['October', '2022-10']]);
    assert.deepEqual(isos('2024-01-16', 'The previous record, 95, was set in December.'), [['December', '2023-12']]);
  });

  it('puts a planned month in a late-year article in the next year', () => {
    assert.deepEqual(isos('2020-11-04', 'The new depot is due to open in March.'), [['March', '2021-03']]);
  });

  it('reads a weekday after a past-tense verb as past even when an earlier clause is future', () => {
    assert.deepEqual(isos('2023-02-09', 'Fares will rise from April after the board approved the plan on Tuesday.'), [['April', '2023-04'], ['on Tuesday', '2023-02-07']]);
  });

  it('reads a weekday as future when the rest of its clause is', () => {
    assert.deepEqual(isos('2025-02-15', 'The team play Leeds on Tuesday night before a trip to Hull next Saturday.'), [['on Tuesday', '2025-02-18'], ['next Saturday', '2025-02-22']]);
  });

  it('ignores hypothetical and recurring weekdays and those that follow them', () => {
    assert.deepEqual(isos('2023-04-26', 'If a porter calls in sick on a Sunday night, by Monday morning the ward is shut.'), []);
    assert.deepEqual(isos('2023-04-26', 'The market opens every Tuesday and on Sundays.'), []);
  });

  it('reads a possessive weekday as a date', () => {
    assert.deepEqual(isos('2022-05-21', "At Thursday's meeting the board backed the plan."), [['Thursday', '2022-05-19']]);
  });

  it('reads a date line with an upper-case month abbreviation and a dotted numeric date', () => {
    assert.deepEqual(isos(null, '14 MAR 2019 Updated 11:02'), [['14 MAR 2019', '2019-03-14']]);
    assert.deepEqual(isos(null, 'Posted 21.03.2024 | 14:05 CET'), [['21.03.2024', '2024-03-21']]);
  });

  it('does not take an adjective before a noun for a past-tense verb', () => {
    assert.deepEqual(isos('2019-03-14', 'A bus would serve the three affected villages twice a week from July.'), [['July', '2019-07']]);
  });

  it('finds a future marker early in a long sentence', () => {
    assert.deepEqual(
      isos('2024-07-02', 'The chairman said the group would publish the findings of the safety audit and of the wider European review alongside its third-quarter update on November 14.'),
      [['November 14', '2024-11-14']],
    );
  });
});

describe('extractDates on early years, addresses, timetables and days of a shifted month', () => {
  it('reads a year before 1800 only after a word that makes it one', () => {
    assert.deepEqual(isos('2024-05-01', 'The mill has ground flour since at least 1698.'), [['1698', '1698']]);
    assert.deepEqual(isos('2024-05-01', 'About 1650 people signed the petition.'), []);
  });

  it('does not read a house number before a street as a year', () => {
    assert.deepEqual(isos('2024-05-01', 'Address: 1910 Larch Ave., Tacoma'), []);
  });

  it('does not date the weekdays of an opening-hours line', () => {
    assert.deepEqual(isos('2024-05-01', 'Hours: 11 a.m.-9 p.m. Wednesday-Sunday; closed Monday and Tuesday'), []);
  });

  it('keeps the day of "12 October last year"', () => {
    assert.deepEqual(isos('2024-02-29', 'On 12 October last year the count doubled.'), [['12 October last year', '2023-10-12']]);
  });
});

describe('extractDates on long paragraphs', () => {
  const dates = (published: string, text: string) =>
    extractDates({ id: 't', title: null, published, author: null, segments: [{ paragraph: 1, kind: 'body', text }] }).map((d): [string, string | null] => [d.span.text, d.iso]);

  it('finds every date of a paragraph of thousands of sentences, at its place', () => {
    const sentence = 'Minister Helen Clark said spending would rise by 5% on 10 May 2021. ';
    const text = sentence.repeat(400) + 'The review ran from July to October last year.';
    const found = dates('2014-07-17', text);
    assert.equal(found.length, 402);
    assert.deepEqual(found.slice(-2), [
      ['July to October last year', '2013-07'],
      ['July to October last year', '2013-10'],
    ]);
    assert.ok(found.slice(0, 400).every(([span, iso]) => span === '10 May 2021' && iso === '2021-05-10'));
  });

  it('never cuts a date in two where a long paragraph has no sentence end to cut at', () => {
    const text = `${'item; '.repeat(249)}on 10 May 2021 the plan began; ${'item; '.repeat(300)}and on 3 June 2021 it ended`;
    assert.deepEqual(dates('2021-07-01', text), [
      ['10 May 2021', '2021-05-10'],
      ['3 June 2021', '2021-06-03'],
    ]);
  });
});
