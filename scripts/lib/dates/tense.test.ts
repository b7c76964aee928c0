import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { futureBefore, pastBefore, speaksOfFuture } from './tense.ts';

/** Runs speaksOfFuture on the first occurrence of `date` in `text`. */
function future(text: string, date: string): boolean {
  const start = text.indexOf(date);
  return speaksOfFuture(text, start, start + date.length);
}

describe('speaksOfFuture', () => {
  it('reads a scheduled event told in the present tense as future', () => {
    assert.equal(future('The pianist returns to the Usher Hall in March to play Brahms.', 'March'), true);
    assert.equal(future('The night market reopens on Friday after repairs.', 'Friday'), true);
  });

  it('lets the nearest tense marker before the date decide', () => {
    assert.equal(future('He was arrested on Saturday and will appear in court on Friday.', 'Friday'), true);
    assert.equal(future('He was arrested on Saturday and will appear in court on Friday.', 'Saturday'), false);
    assert.equal(future('Fares will rise after the board approved the plan on Tuesday.', 'Tuesday'), false);
  });

  it('reads passive and adjectival participles as no past tense', () => {
    assert.equal(future('The new wing will be opened in May.', 'May'), true);
    assert.equal(future('A van would serve the two affected villages from July.', 'July'), true);
  });

  it('reads scheduled events in the present tense as future', () => {
    assert.equal(future('The strike, which begins on Friday, could last a week.', 'Friday'), true);
    assert.equal(future('A ruling is expected in September.', 'September'), true);
    assert.equal(future('The previous record was set in December.', 'December'), false);
  });

  it('looks later in the clause only when nothing before the date marks a tense', () => {
    assert.equal(future('In October, the museum will reopen.', 'October'), true);
    assert.equal(future('They play Leeds on Tuesday before a trip to Hull next week.', 'Tuesday'), true);
    assert.equal(future('They served notice in October and hoped the board would reconsider.', 'October'), false);
  });
});

describe('futureBefore', () => {
  it('reads a deadline as future unless the sentence is pluperfect', () => {
    assert.equal(futureBefore('Tenants must object by January.', 'Tenants must object by '.length), true);
    assert.equal(futureBefore('By January, the backlog had doubled.', 'By '.length), false);
  });
});

describe('speaksOfFuture on modals, "due" and names', () => {
  it('reads "may" and a bare "due" before the date as future', () => {
    const may = 'Repairs may take well into Thursday';
    assert.equal(speaksOfFuture(may, may.indexOf('Thursday'), may.length), true);
    const due = 'Traders await the minutes, due on Friday';
    assert.equal(futureBefore(due, due.indexOf('on Friday')), true);
  });

  it('does not read a capitalised name such as "Care Plan" as a plan to act', () => {
    const text = 'The province opened its Home Care Plan to older patients in November';
    assert.equal(futureBefore(text, text.indexOf('in November')), false);
  });

  it('still reads "closed due to flooding" as no future', () => {
    const text = 'The road was closed due to flooding on Monday';
    assert.equal(futureBefore(text, text.indexOf('on Monday')), false);
  });
});

describe('pastBefore', () => {
  it('marks a date closing a since clause as past, unless the clause turns to the future', () => {
    const text = 'Staff have worked extra shifts since the hospital stopped hiring agency nurses in June.';
    assert.equal(pastBefore(text, text.indexOf('June')), true);
    const ahead = 'Nothing has changed since the minister said the levy will start in June.';
    assert.equal(pastBefore(ahead, ahead.indexOf('June')), false);
    const plain = 'The levy rises in June.';
    assert.equal(pastBefore(plain, plain.indexOf('June')), false);
  });
});

describe('futureBefore on deadlines', () => {
  it('reads "until 1am on", "through" and "by 5pm" before a weekday as a deadline ahead', () => {
    const cases: [string, string][] = [['Clubs have until 1am on Saturday to lodge the papers.', 'Saturday'], ['A flood warning is in force through Saturday.', 'Saturday'], ['Bids close by 5pm Friday.', 'Friday']];
    for (const [text, date] of cases)
      assert.equal(futureBefore(text, text.indexOf(date)), true, text);
  });

  it('keeps a deadline already passed in the past', () => {
    const text = 'It had gathered 2,300 signatures by 5pm on Tuesday.';
    assert.equal(futureBefore(text, text.indexOf('Tuesday')), false);
  });
});

describe('futureBefore on spans', () => {
  it('reads a span a past verb of lasting governs as past, and other deadlines as future', () => {
    const at = (text: string, date: string) => futureBefore(text, text.indexOf(date));
    assert.equal(at('She stepped down but remained on the payroll until December.', 'December'), false);
    assert.equal(at("He didn't get home until the middle of April.", 'April'), false);
    assert.equal(at('The contract, which was awarded in 2014, lasts until 2019.', '2019'), true);
    assert.equal(at('The hospital, ranked worst in England, is in special measures until April.', 'April'), true);
    assert.equal(at('The council said the road is closed until December.', 'December'), true);
    assert.equal(at('The judge ordered him to report to prison by Jan. 10.', 'Jan. 10'), true);
  });
});
