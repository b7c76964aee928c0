/**
 * Numbers that are not figures: parts of dates, times, years, ages, durations, phone
 * numbers, list markers and names (`Section 17`, `Key Stage 2`).
 */
import { atSentenceStart, wordBefore } from './context.ts';
import { MONTH_NAME } from './month-names.ts';
import { yearDates } from './year-dates.ts';

const MONTH = `(?:${MONTH_NAME}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const DATE_PATTERNS = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'giu'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'gi'),
  /\b\d{1,4}[\/.-]\d{1,2}[\/.-]\d{2,4}\b/g,
];
const REFERENCE_WORDS = new Set(
  ('section sections clause clauses article articles page pages chapter part parts schedule no number level levels stage stages tier grade ' +
    'phase year room table figure version route junction platform flight line paragraph para rule regulation item band ward ' +
    'aged age ages under-').split(' '),
);
const LEADS = new Set(['a', 'an', 'the', 'some', 'about', 'around', 'almost', 'nearly', 'over', 'more', 'fewer', 'less', 'just', 'only', 'up', 'at', 'by', 'and', 'or', 'of', 'to', 'from', 'than', 'estimated', 'further', 'another', 'all', 'its', 'their', 'his', 'her', 'our', 'roughly', 'approximately', 'between', 'nearly', 'under', 'with', 'for', 'in', 'on']);
const DURATION = /^\s(?:(?:more|extra|additional|further|full|long|short|consecutive|straight|separate|whole|calendar|working|school|financial|academic)\s)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?|centuries|century|generations?)\b/i;
const TIME_AFTER = /^(?::\d\d|\.\d\d\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?![\p{L}])|\s?o['’]clock)/iu;

/** Spans of the segment text that hold dates or years, to keep their numbers out. */
export function dateNumberSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = yearDates(text).map((y) => [y.start, y.end]);
  for (const pattern of DATE_PATTERNS) for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** True when the number at `start..end` (its digits only) is not a count, whatever follows it. */
export function isNonFigure(text: string, start: number, end: number, dateSpans: ReadonlyArray<[number, number]>): boolean {
  if (dateSpans.some(([s, e]) => start < e && s < end)) return true;
  const after = text.slice(end, end + 16);
  if (TIME_AFTER.test(after) || /^\/\d/.test(after)) return true;
  if (/^0\d/.test(text.slice(start, end))) return true;
  if (/^\s\d/.test(after) || /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (start === text.search(/\S/) && /^[.)]\s/.test(after)) return true;
  return false;
}

/** True when a count-like number is a duration, age, multiplier or part of a name. */
export function isNonCount(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^[\p{L}]/u.test(after) || /^[-–][\p{L}]/u.test(after)) return true;
  if (DURATION.test(after) || /^\s(times|o['’]clock)\b/i.test(after) || /^\s(years?|yrs?)\s+old\b/i.test(after)) return true;
  const before = wordBefore(text, start);
  const prev = before.word.toLowerCase();
  if (REFERENCE_WORDS.has(prev) || REFERENCE_WORDS.has(prev.replace(/\.$/, ''))) return true;
  const capitalised = /^[A-Z]/.test(before.word) && !/['’]s?$/.test(before.word) && !LEADS.has(prev);
  return capitalised && /^\s+$/.test(before.gap) && !atSentenceStart(text, start - before.gap.length - before.word.length);
}
