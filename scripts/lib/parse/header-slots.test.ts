import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headerSlots } from './header-slots.ts';

describe('headerSlots', () => {
  it('splits byline and date printed on one line', () => {
    const slots = headerSlots('Posted on 14th April 2016 by Margaret Oyelaran', false);
    assert.deepEqual(slots?.map((s) => s.kind), ['date', 'author']);
  });

  it('reads a blog\'s "by X on <date> in <categories>" line, and no sentence with a date in it', () => {
    assert.deepEqual(headerSlots('by Niamh Kearney-Obi on March 18, 2015 in Adults, Deprivation of liberty, News', false)?.filter((s) => s.kind !== 'skip'), [
      { kind: 'author', author: 'Niamh Kearney-Obi', outlet: null, role: null },
      { kind: 'date', date: { iso: '2015-03-18', text: 'March 18, 2015', label: null } },
    ]);
    assert.equal(headerSlots('The council met on March 18, 2015 in Leeds and agreed', false), null);
  });

  it('keeps the outlet a byline credits', () => {
    assert.deepEqual(headerSlots('By MARY CLARE JALONICK Associated Press', false), [{ kind: 'author', author: 'Mary Clare Jalonick', outlet: 'Associated Press', role: null }]);
    assert.deepEqual(headerSlots('By Reuters', false), [{ kind: 'outlet', outlet: 'Reuters' }]);
    assert.deepEqual(headerSlots('By Staff Reporter', false), [{ kind: 'outlet', outlet: null }]);
  });

  it('reads an outlet set beside a byline with a middle dot', () => {
    assert.deepEqual(headerSlots('Priya Raman · Lakeland Herald', true), [
      { kind: 'author', author: 'Priya Raman', outlet: null, role: null },
      { kind: 'outlet', outlet: 'Lakeland Herald' },
    ]);
    assert.deepEqual(headerSlots('Nadia Oyelowo-Banks · Kestrel Valley Herald', true)?.map((s) => s.kind), ['author', 'outlet']);
    assert.deepEqual(headerSlots('News · Kestrel Valley Herald', true), [{ kind: 'skip' }]);
  });

  it('passes over labels with a time and no date', () => {
    assert.deepEqual(headerSlots('Updated 3:12 p.m. ET', false), [{ kind: 'skip' }]);
    assert.deepEqual(headerSlots('Published', false), [{ kind: 'skip' }]);
  });

  it('reads numeric dates in the order it is given', () => {
    const slots = headerSlots('Published 09/05/2024 6:02 a.m. ET | Updated 09/05/2024 9:15 a.m. ET', false, 'mdy');
    assert.deepEqual(slots?.map((s) => (s.kind === 'date' ? [s.date.iso, s.date.label] : s.kind)), [['2024-09-05', 'published'], ['2024-09-05', 'updated']]);
    assert.equal(headerSlots('Published 09/05/2024', false), null);
  });

  it('is null for a headline', () => {
    assert.equal(headerSlots('Council scraps outsourcing plan after protests', true), null);
  });
});

describe('headerSlots on relative date lines', () => {
  it('reads "Posted 3 days ago" as a date line without a date, beside a read time', () => {
    assert.deepEqual(headerSlots('Posted 2 days ago  ·  3 min read', false), [{ kind: 'relative' }, { kind: 'skip' }]);
    assert.deepEqual(headerSlots('Updated 5 hours ago', false), [{ kind: 'relative' }]);
  });
});

describe('headerSlots on slashed bylines', () => {
  it('reads "Name / AGENCY / Updated: date" as author, outlet and updated date', () => {
    const slots = headerSlots('Kavitha Ramasamy / PTI / Updated: Nov 22, 2022, 06:15 IST', false);
    assert.deepEqual(slots?.map((s) => (s.kind === 'date' ? [s.date.iso, s.date.label] : s.kind === 'author' ? s.author : s.kind === 'outlet' ? `outlet:${s.outlet}` : s.kind)), ['Kavitha Ramasamy', 'outlet:PTI', ['2022-11-22', 'updated']]);
  });

  it('keeps the label of a date parted from it by a slash', () => {
    assert.deepEqual(headerSlots('Updated / Tuesday, 8 Mar 2022 12:41', false)?.map((s) => (s.kind === 'date' ? s.date.label : s.kind)), ['updated']);
  });

  it('passes over the city a reporter filed from and a site user handle', () => {
    const slots = headerSlots('Aditi Kulkarni | Mumbai | Updated: 12 Jun 2024, 09:15 AM IST', true);
    assert.deepEqual(slots?.map((s) => s.kind), ['author', 'skip', 'date']);
    assert.deepEqual(headerSlots('Posted on 13 June 2021 by clubadmin', false)?.map((s) => s.kind), ['date', 'skip']);
    assert.deepEqual(headerSlots('Posted by Gareth Holt | 16/07/2023 | 21:14', true, 'dmy')?.map((s) => (s.kind === 'date' ? s.date.iso : s.kind)), ['author', '2023-07-16', 'skip']);
  });
});

describe('headerSlots on bilingual lines', () => {
  it('reads a date printed in two languages, and a byline whose label is translated', () => {
    const kinds = (line: string) => headerSlots(line, false)?.map((s) => (s.kind === 'date' ? s.date.iso : s.kind === 'author' ? s.author : s.kind));
    assert.deepEqual(kinds('Mercredi 3 avril 2024 / Wednesday 3 April 2024'), ['skip', '2024-04-03']);
    assert.deepEqual(kinds('Gan / By Rhodri Jones'), ['skip', 'Rhodri Jones']);
  });

  it('does not pass over a part with other numbers, or a longer phrase before a byline', () => {
    assert.equal(headerSlots('Route 66 / Thursday 14 March 2024', false), null);
    assert.equal(headerSlots('Council tax rises / By Rhodri Jones', false)?.some((s) => s.kind === 'author') ?? false, false);
  });
});

describe('headerSlots on agency credits', () => {
  it('reads a news agency\'s initials between a staff credit and a numeric date', () => {
    const slots = headerSlots('By Our Correspondent | NNA | Posted: 21-07-2023 | Updated 3 hours ago', true, 'dmy');
    assert.deepEqual(slots, [
      { kind: 'outlet', outlet: null },
      { kind: 'outlet', outlet: 'NNA' },
      { kind: 'date', date: { iso: '2023-07-21', text: '21-07-2023', label: 'published' } },
      { kind: 'relative' },
    ]);
  });

  it('credits no agency when no byline or staff credit comes before the initials', () => {
    const slots = headerSlots('Politics | NNA | World', true) ?? [];
    assert.equal(slots.some((s) => s.kind === 'outlet'), false);
  });
});

describe('headerSlots on government and blog date lines', () => {
  it('reads two labelled dates on one line, a date before a history link, and passes over issuer lines', () => {
    assert.deepEqual(headerSlots('Published 12 March 2015 Updated 14 March 2015', false)?.map((s) => (s.kind === 'date' ? [s.date.iso, s.date.label] : s.kind)), [['2015-03-12', 'published'], ['2015-03-14', 'updated']]);
    const history = headerSlots('Last updated 11 June 2015 — See all updates', false)?.[0];
    assert.deepEqual(history?.kind === 'date' ? [history.date.iso, history.date.label] : history, ['2015-06-11', 'updated']);
    assert.deepEqual(headerSlots('From: Department for Education and The Rt Hon Jane Doe MP', false), [{ kind: 'skip' }]);
    assert.deepEqual(headerSlots('Saturday October 14 2017, 12.01am, The Times', false)?.map((s) => s.kind), ['date', 'outlet']);
  });
});
