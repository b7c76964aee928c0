/**
 * Dates named relative to the publication day: `last month`, `next week`, `this year`,
 * `November last year`, `last November`, `yesterday`, `two weeks ago`. Weeks resolve to the
 * month they fall in; an expression needing more precision than the reference has stays null.
 */
import { referenceDay, shiftDays, shiftMonths, weekdayOf, type CalendarDay, type Reference } from './calendar.ts';
import { candidate, type DateCandidate } from './candidate.ts';
import { MONTH_NAME, monthNumber } from './month-names.ts';
import { numberWord } from './number-words.ts';

const STEP: Record<string, number> = { last: -1, this: 0, next: 1 };
/** `November last year`, and `12 October last year` with its day. */
const MONTH_OF_YEAR = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_NAME})(?:\\s+of)?\\s+(last|this|next)\\s+year\\b`, 'gi');
const SHIFTED_MONTH = new RegExp(`\\b(last|this|next)\\s+(${MONTH_NAME})\\b`, 'gi');
const SHIFTED_UNIT = /\b(last|this|next)\s+(week|weekend|month|year)\b/gi;
const WEEKEND = /\b(at|over)\s+the\s+weekend\b/gi;
const DAY_WORD = /\b(yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi;
const AGO = /\b(an?|\d{1,3}|[a-z]+)\s+(day|week|fortnight|month|year)s?\s+ago\b/gi;
const GENERIC_TODAY = /^['’]s\s+(world|society|standards|culture|climate|economy|young|children|families|youth|generation|terms)\b/i;

/** Relative dates in one segment text. */
export function relativeDates(text: string, ref: Reference | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  const day = referenceDay(ref);
  for (const m of text.matchAll(MONTH_OF_YEAR)) {
    if (!/^[A-Z]/.test(m[2] ?? '')) continue;
    const year = ref ? ref.year + (STEP[(m[3] ?? '').toLowerCase()] ?? 0) : null;
    const month = monthNumber(m[2] ?? '') ?? 1;
    const dayOfMonth = m[1] ? Number(m[1]) : null;
    if (dayOfMonth !== null && dayOfMonth >= 1 && dayOfMonth <= 31) out.push(candidate(m.index, m.index + m[0].length, 'relative', 'day', year, month, dayOfMonth));
    else out.push(candidate(m.index + (m[1] ? m[0].indexOf(m[2]!) : 0), m.index + m[0].length, 'relative', 'month', year, month));
  }
  for (const m of text.matchAll(SHIFTED_MONTH)) {
    if (!/^[A-Z]/.test(m[2] ?? '')) continue;
    const month = monthNumber(m[2] ?? '') ?? 1;
    out.push(candidate(m.index, m.index + m[0].length, 'relative', 'month', yearOfShiftedMonth(month, (m[1] ?? '').toLowerCase(), ref), month));
  }
  for (const m of text.matchAll(SHIFTED_UNIT)) {
    // `the last year`, `a next week` are spans of time, not dates
    if (/\b(the|a|an|past|over)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push(shiftedUnit(m.index, m.index + m[0].length, (m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase(), ref));
  }
  for (const m of text.matchAll(WEEKEND)) {
    const sat = day ? shiftDays(day, -((weekdayOf(day) + 1) % 7)) : null;
    out.push(monthOf(m.index + m[1]!.length + 1, m.index + m[0].length, sat));
  }
  for (const m of text.matchAll(DAY_WORD)) {
    const word = (m[1] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    if (word === 'today' && (GENERIC_TODAY.test(text.slice(end, end + 20)) || /\b(of|in)\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))) continue;
    const offset = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0;
    const date = day ? shiftDays(day, offset) : null;
    out.push(candidate(m.index, end, 'relative', 'day', date?.year ?? null, date?.month, date?.day));
  }
  for (const m of text.matchAll(AGO)) {
    const count = /^an?$/i.test(m[1] ?? '') ? 1 : numberWord(m[1] ?? '');
    if (count === null) continue;
    out.push(ago(m.index, m.index + m[0].length, count, (m[2] ?? '').toLowerCase(), ref));
  }
  return out;
}

function yearOfShiftedMonth(month: number, step: string, ref: Reference | null): number | null {
  if (!ref) return null;
  if (step === 'this') return ref.year;
  if (ref.month === null) return null;
  if (step === 'last') return month < ref.month ? ref.year : ref.year - 1;
  return month > ref.month ? ref.year : ref.year + 1;
}

function shiftedUnit(start: number, end: number, step: string, unit: string, ref: Reference | null): DateCandidate {
  const n = STEP[step] ?? 0;
  if (unit === 'year') return candidate(start, end, 'relative', 'year', ref ? ref.year + n : null);
  if (unit === 'month') {
    if (!ref || ref.month === null) return candidate(start, end, 'relative', 'month', null);
    const shifted = shiftMonths(ref.year, ref.month, n);
    return candidate(start, end, 'relative', 'month', shifted.year, shifted.month);
  }
  const day = referenceDay(ref);
  if (!day) return candidate(start, end, 'relative', 'month', null);
  if (unit === 'week') return monthOf(start, end, shiftDays(day, 7 * n));
  // the Saturday of the weekend meant: `last weekend` on a Monday is two days back
  const saturday = shiftDays(day, n < 0 ? -2 - ((weekdayOf(shiftDays(day, -2)) + 1) % 7) : (6 - weekdayOf(day) + 7) % 7 + 7 * n);
  return monthOf(start, end, saturday);
}

function monthOf(start: number, end: number, date: CalendarDay | null): DateCandidate {
  return candidate(start, end, 'relative', 'month', date?.year ?? null, date?.month);
}

function ago(start: number, end: number, count: number, unit: string, ref: Reference | null): DateCandidate {
  const day = referenceDay(ref);
  if (unit === 'year') return candidate(start, end, 'relative', 'year', ref ? ref.year - count : null);
  if (unit === 'month') {
    if (!ref || ref.month === null) return candidate(start, end, 'relative', 'month', null);
    const shifted = shiftMonths(ref.year, ref.month, -count);
    return candidate(start, end, 'relative', 'month', shifted.year, shifted.month);
  }
  const days = unit === 'day' ? count : unit === 'week' ? 7 * count : 14 * count;
  const date = day ? shiftDays(day, -days) : null;
  if (unit === 'day') return candidate(start, end, 'relative', 'day', date?.year ?? null, date?.month, date?.day);
  return monthOf(start, end, date);
}
