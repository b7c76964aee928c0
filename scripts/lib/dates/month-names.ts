/**
 * Month and weekday vocabulary, and the test that tells a bare month name (`May`,
 * `March`) used as a date from a person's name, a verb or a noun.
 */
import { atSentenceStart, wordAfter, wordBefore } from './context.ts';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Regex source matching any full month name (use with the `i` flag). */
export const MONTH_NAME = MONTHS.join('|');

const ABBREVIATIONS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** Month number 1-12 for a full or abbreviated name, else null. */
export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  if (!ABBREVIATIONS.test(lower)) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
  return index >= 0 ? index + 1 : null;
}

/** Months whose names are also common words or first names. */
const AMBIGUOUS = new Set(['may', 'march', 'april', 'june', 'august']);

/** Words that introduce a month used as a date. */
const DATE_LEAD = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'this',
  'before', 'after', 'through', 'throughout', 'of', 'between', 'around', 'circa', 'each', 'every', 'for',
  'on', 'end', 'start', 'beginning', 'middle', 'as', 'that', 'least', 'earliest',
]);
const LINKS = new Set(['and', 'or', 'to', 'through', 'until', 'till', 'nor']);
const PERIOD_BEFORE_TO = /\b(year|quarter|half|months|weeks|period|season)\s+to\s+$/i;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lady', 'lord', 'dame']);
const CALENDAR_WORD = new RegExp(`^(${MONTH_NAME}|${WEEKDAYS.join('|')})$`, 'i');

/**
 * True when the month name at `start..end` (no day or year attached) reads as a date.
 * Rejects lower-case words (`may`, `a march`), people (`Theresa May`, `May Smith`) and,
 * for names that double as words, requires a lead such as `in`, `since` or `April and`.
 */
export function bareMonthIsDate(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!/^[A-Z][a-z]+$/.test(name) || !MONTHS.includes(name.toLowerCase())) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const prev = before.word.replace(/[-'’]+$/, '');
  const prevLower = prev.toLowerCase();
  if (/^\s+$/.test(after.gap) && /^[A-Z][a-z]/.test(after.word) && !CALENDAR_WORD.test(after.word)) return false;
  if (/^\s+$/.test(before.gap) && TITLES.has(prevLower)) return false;
  const sentenceStart = atSentenceStart(text, start);
  const prevIsName = /^[A-Z][a-z]+$/.test(prev) && !DATE_LEAD.has(prevLower) && !LINKS.has(prevLower);
  if (!sentenceStart && /^\s+$/.test(before.gap) && prevIsName) return false;
  if (name === 'May' && /^['’]s\b/.test(text.slice(end, end + 3))) return false;
  if (!AMBIGUOUS.has(name.toLowerCase())) return true;
  if (sentenceStart) return false;
  if (DATE_LEAD.has(prevLower)) return true;
  // `the year to March`, `the three months to June`: a period's end
  if (prevLower === 'to' && PERIOD_BEFORE_TO.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (LINKS.has(prevLower) || /^\s*[-–—\/]\s*$/.test(before.gap)) {
    return new RegExp(`\\b(${MONTH_NAME})\\b`, 'i').test(text.slice(Math.max(0, start - 30), start));
  }
  return false;
}
