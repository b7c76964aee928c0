/**
 * A range's year belongs to both its ends: "between October and December last year",
 * "from July to October last year", "between April 1 and December 31 2014". The start, printed
 * without a year, takes the end's year (or the year before, when its month and day come later
 * in the year than the end's: "from December to March 2015").
 */
import type { Reference } from './calendar.ts';
import type { DateCandidate } from './candidate.ts';
import { namesMonth } from './chrono-dates.ts';

// A connector right after a range's start: " to ", " and ", " – ".
const CONNECTOR = /^\s*(?:to|and|until|till|through|thru|-|–|—)\s*/iu;
const SPAN_CONNECTOR = /\s(?:to|and|until|till|through|thru)\s|\s?[-–—]\s?/iu;
const YEAR_IN_SPAN = /\b(?:1[89]|20)\d\d\b|\b(?:last|this|next)\s+year\b/iu;
// After a range: ", 2014", " last year", " of 2014".
const YEAR_AFTER = /^,?\s+(?:of\s+)?(?:((?:1[89]|20)\d\d)\b|(last|this|next)\s+year\b)/iu;

/**
 * Candidates of one segment with range starts given their end's year. A range chrono read as
 * one span and that a year qualifier follows is widened to cover it, so that it outlasts a
 * shorter reading of its end alone ("October last year") when the longest are picked.
 * Linear in the candidates: a paragraph may hold thousands.
 * @param text the segment's text
 */
export function alignRangeYears(found: readonly DateCandidate[], text: string, ref: Reference | null): DateCandidate[] {
  const out = found.map((c) => ({ ...c }));
  const bySpan = new Map<string, number[]>();
  out.forEach((c, i) => push(bySpan, `${c.start}:${c.end}`, i));
  // Ranges read as one span: two candidates with the very same span.
  for (const [first, second] of bySpan.values()) {
    if (first === undefined || second === undefined) continue;
    const a = out[first]!;
    const end = out[second]!;
    if (!SPAN_CONNECTOR.test(text.slice(a.start, a.end))) continue;
    const after = YEAR_AFTER.exec(text.slice(a.end, a.end + 20));
    const year = after ? qualifierYear(after, ref) : YEAR_IN_SPAN.test(text.slice(a.start, a.end)) ? yearOf(end) : null;
    if (year === null) continue;
    const widened = after ? a.end + after[0].length : a.end;
    out[second] = { ...withYear(end, year), end: widened };
    out[first] = { ...withYear(a, startYear(a, end, year)), end: widened };
  }
  // Ranges of two spans joined by a connector, the year printed with the second.
  const byStart = new Map<number, DateCandidate[]>();
  for (const c of out) push(byStart, c.start, c);
  for (const a of out) {
    // Only a start printed as a month (and day) with no year of its own: not "yesterday", "last week" or "2012".
    if (a.resolution !== 'relative' || a.precision === 'year' || a.precision === null || !namesMonth(text.slice(a.start, a.end))) continue;
    const connector = CONNECTOR.exec(text.slice(a.end, a.end + 12));
    if (!connector || connector[0].trim() === '' || YEAR_IN_SPAN.test(text.slice(a.start, a.end))) continue;
    // (Of the readings of the end, one that holds the year: "October last year", not "October"; and an end
    // that names a month too, since "3 March and 2012 was worse" is no range.)
    const b = byStart.get(a.end + connector[0].length)?.find((c) => c.precision !== 'year' && YEAR_IN_SPAN.test(text.slice(c.start, c.end)));
    const year = b ? yearOf(b) : null;
    if (!b || year === null) continue;
    Object.assign(a, withYear(a, startYear(a, b, year)));
  }
  return out;
}

function qualifierYear(match: RegExpExecArray, ref: Reference | null): number | null {
  if (match[1]) return Number(match[1]);
  if (ref === null) return null;
  return ref.year + (match[2]!.toLowerCase() === 'last' ? -1 : match[2]!.toLowerCase() === 'next' ? 1 : 0);
}

function yearOf(c: DateCandidate): number | null {
  return c.iso === null ? null : Number(c.iso.slice(0, 4));
}

/** The start's year: the end's, or the one before when the start's month and day fall later. */
function startYear(start: DateCandidate, end: DateCandidate, year: number): number {
  if (start.iso === null || end.iso === null || start.precision === 'year') return year;
  return start.iso.slice(4) > end.iso.slice(4) ? year - 1 : year;
}

function withYear(c: DateCandidate, year: number): DateCandidate {
  if (c.iso === null || c.precision === null || c.precision === 'year') return c;
  return { ...c, iso: `${year}${c.iso.slice(4)}` };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
