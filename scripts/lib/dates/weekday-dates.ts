/**
 * Weekdays named as dates (`on Friday`, `last Tuesday`, `Friday's meeting`), resolved against
 * a day-precise reference: the latest such day on or before it, or the next one when the
 * clause is about the future. Not a date: `Sunday Times`, `Good Friday`, `Mondays`,
 * `every Friday`, `on a Sunday night` (and a weekday that follows it in the same sentence),
 * `Monday to Friday`, the days of an `Hours:` line.
 */
import { referenceDay, shiftDays, weekdayOf, type CalendarDay, type Reference } from './calendar.ts';
import { candidate, type DateCandidate } from './candidate.ts';
import { atSentenceStart, sentenceBounds, wordAfter, wordBefore } from './context.ts';
import { MONTH_NAME, WEEKDAYS } from './month-names.ts';
import { speaksOfFuture } from './tense.ts';

const WEEKDAY = new RegExp(`\\b(?:(on|last|next|this|since|by|until|till|before|after|from|every|each)\\s+)?(${WEEKDAYS.join('|')})(s\\b)?`, 'gi');
const LEAD_WORDS = new Set([
  'on', 'last', 'next', 'this', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'and', 'or', 'late', 'early', 'that', 'of', 'the',
  'at', 'in', 'during', 'for', 'with', 'to', 'until', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
]);
/** Words that make a weekday any such day, not one date: `on a Sunday night`. */
const GENERIC_LEAD = new Set(['a', 'an', 'any', 'one', 'some', 'another', 'every', 'each']);
const RANGE_AFTER = new RegExp(`^\\s*(to|through|thru|-|–)\\s*(${WEEKDAYS.join('|')})`, 'i');
const RANGE_BEFORE = new RegExp(`(${WEEKDAYS.join('|')})\\s*(to|through|thru|-|–)\\s*$`, 'i');
const CALENDAR_WORD = new RegExp(`^(${MONTH_NAME}|\\d.*|${WEEKDAYS.join('|')})$`, 'i');

/** A fact box's timetable ("Hours: 5-10 p.m. Tuesday-Thursday; closed Sunday and Monday"): its weekdays recur. */
const TIMETABLE = /^(?:(?:opening|office|business|service|visiting)\s+)?(?:hours|times|timings|open|opening)\s*:/i;

/**
 * Weekday dates in one segment text.
 * @param updated the day of a next-day update to the story, if any: a past weekday up to it is that day
 */
export function weekdayDates(text: string, ref: Reference | null, updated: CalendarDay | null = null): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (TIMETABLE.test(text.trim())) return out;
  let genericEnd = -1;
  for (const match of text.matchAll(WEEKDAY)) {
    const lead = (match[1] ?? '').toLowerCase();
    const name = match[2] ?? '';
    const start = match.index;
    const nameStart = start + match[0].length - name.length;
    const end = nameStart + name.length;
    if (match[3] || GENERIC_LEAD.has(lead) || GENERIC_LEAD.has(wordBefore(text, nameStart).word.toLowerCase())) {
      genericEnd = end;
      continue;
    }
    if (!/^[A-Z]/.test(name) || followsGeneric(text, genericEnd, start)) continue;
    if (!readsAsDate(text, start, nameStart, end, lead)) continue;
    const span = lead === 'on' || lead === 'last' || lead === 'next' || lead === 'this' ? start : nameStart;
    out.push(resolve(text, span, end, WEEKDAYS.indexOf(name.toLowerCase()), lead, ref, updated));
  }
  return out;
}

/** A weekday soon after a generic one in the same sentence shares its sense: `on a Sunday night and by Monday morning`. */
function followsGeneric(text: string, genericEnd: number, start: number): boolean {
  return genericEnd >= 0 && start - genericEnd <= 60 && sentenceBounds(text, start).start <= genericEnd;
}

function readsAsDate(text: string, start: number, nameStart: number, end: number, lead: string): boolean {
  if (RANGE_AFTER.test(text.slice(end, end + 16)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  // newspapers named `X on Sunday`
  if (lead) return !/\b(Mail|Independent|Scotland|Wales)\s+$/.test(text.slice(Math.max(0, start - 14), start));
  const before = wordBefore(text, nameStart);
  const after = wordAfter(text, end);
  // a capitalised neighbour makes a name: `Sunday Times`, `Good Friday`, `Black Friday`
  if (/^\s+$/.test(after.gap) && /^[A-Z]/.test(after.word) && !CALENDAR_WORD.test(after.word)) return false;
  const prevCapital = /^[A-Z]/.test(before.word) && !LEAD_WORDS.has(before.word.toLowerCase());
  return !(prevCapital && /^\s+$/.test(before.gap) && !atSentenceStart(text, nameStart));
}

const DEADLINE = new Set(['by', 'until', 'till']);

/** `It had gathered 2,300 signatures by Tuesday`: a deadline already passed. */
function pluperfect(text: string, index: number): boolean {
  const { start } = sentenceBounds(text, index);
  return /\bhad\b/i.test(text.slice(start, index));
}

function resolve(text: string, start: number, end: number, weekday: number, lead: string, ref: Reference | null, updated: CalendarDay | null): DateCandidate {
  const day = referenceDay(ref);
  if (!day) return candidate(start, end, 'relative', 'day', null);
  const back = (weekdayOf(day) - weekday + 7) % 7;
  let offset = -back;
  // Published late on Monday, updated on Tuesday: "rose on Tuesday morning" is the update's Tuesday.
  if (updated && back > 0 && lead !== 'last' && isAfter(updated, shiftDays(day, 6 - back))) offset = 7 - back;
  if (lead === 'last') offset = back === 0 ? -7 : -back;
  else if (lead === 'next') offset = 7 - back;
  else if (lead === 'this' || (DEADLINE.has(lead) && !pluperfect(text, start)) || speaksOfFuture(text, start, end)) offset = (7 - back) % 7;
  const date = shiftDays(day, offset);
  return candidate(start, end, 'relative', 'day', date.year, date.month, date.day);
}

/** True when `a` is a later day than `b`. */
function isAfter(a: CalendarDay, b: CalendarDay): boolean {
  return a.year * 10000 + a.month * 100 + a.day > b.year * 10000 + b.month * 100 + b.day;
}
