/**
 * Finds printed calendar dates ("Friday, December 2, 2016", "19 May 2014 14:32 BST",
 * "2015-03-03", "Sept. 5, 2014", "5th September 2024") in a short piece of text and
 * resolves them to ISO. Numeric dates whose order is ambiguous (03/04/2015) are read only
 * when the caller knows the text's day/month order.
 */
import type { DateOrder } from './date-order.ts';

/** A date found in a text: ISO value at its printed precision, and where it sits. */
export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` when the text names only a month and year. */
  iso: string;
  /** The matched text, including a weekday before it and a time after it. */
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
/**
 * A time-zone abbreviation (BST, IST, AEST, EDT, ET, GMT+1, UTC), alone or in brackets. Capitals
 * only, even inside case-insensitive patterns, so that "at" or "last" never read as a zone.
 */
const ZONE = String.raw`\(?(?-i:[A-Z]{1,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?`;
// (Case-blind by itself: numeric patterns are compiled without the `i` flag, and US sites print "02:17 PM".)
const TIME = String.raw`(?:,?\s*(?:[Aa][Tt]\s+)?(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)(?:\s+${ZONE}(?![\p{L}\d]))?(?![\d/]))`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, order: DateOrder | null) => [number, number, number | null] }[] = [
  // 19 May 2014, 2nd of December 2016
  { re: new RegExp(String.raw`\b${WEEKDAY}?(\d{1,2})${ORD}\s+(?:of\s+)?(${MONTH})\s*,?\s*${YEAR}\b${TIME}?`, 'giu'), read: (m) => [Number(m[3]), monthIndex(m[2]!), Number(m[1])] },
  // December 2, 2016; Sept. 5, 2014
  { re: new RegExp(String.raw`\b${WEEKDAY}?(${MONTH})\s+(\d{1,2})${ORD},?\s+${YEAR}\b${TIME}?`, 'giu'), read: (m) => [Number(m[3]), monthIndex(m[1]!), Number(m[2])] },
  // 2015-03-03, 2015-03-03T10:00, 2021-06-03T14:02:00.000Z
  { re: new RegExp(String.raw`\b${YEAR}-(\d\d)-(\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])`, 'gu'), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2023/07/16, 2023.07.16: year first, as East Asian outlets print it
  { re: new RegExp(String.raw`\b${YEAR}([/.])(\d{1,2})\2(\d{1,2})\b${TIME}?`, 'gu'), read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  // 05/06/2014, 20.06.2014, 16-07-2023: only when the order cannot be misread (one part above
  // 12, both equal, or the caller knows the text's order)
  { re: new RegExp(String.raw`\b(\d{1,2})([/.-])(\d{1,2})\2${YEAR}\b${TIME}?`, 'gu'), read: (m, order) => numericDayMonth(Number(m[1]), Number(m[3]), Number(m[4]), order) },
  // Fri 26 Feb 16, 26th Feb '16: comment systems and local papers print a two-digit year after a month name
  // (Only where a year may end the date: not before a word, "12 Mar 15 people". '99 is 1999, '16 2016.)
  { re: new RegExp(String.raw`\b${WEEKDAY}?(\d{1,2})${ORD}\s+(${MONTH})\s+['’]?(\d\d)(?![\d:.]|\s*[ap]\.?m\b|\s+(?!at\b)\p{L})${TIME}?`, 'giu'), read: (m) => [(Number(m[3]) > 50 ? 1900 : 2000) + Number(m[3]), monthIndex(m[2]!), Number(m[1])] },
  // March 2015 (month precision)
  { re: new RegExp(String.raw`\b(${MONTH})\s+${YEAR}\b`, 'giu'), read: (m) => [Number(m[2]), monthIndex(m[1]!), null] },
];

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function numericDayMonth(a: number, b: number, year: number, order: DateOrder | null): [number, number, number | null] {
  if (a === b) return [year, a, b];
  if (a > 12 && b <= 12) return [year, b, a];
  if (b > 12 && a <= 12) return [year, a, b];
  if (a > 12 || b > 12 || order === null) return [year, 0, null];
  return order === 'dmy' ? [year, b, a] : [year, a, b];
}

/** True when `year-month-day` exists in the Gregorian calendar. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string for a day, zero-padded. */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every date printed in `text`, in order of position; overlapping readings keep the longest.
 * @param text a line or short passage
 * @param order the text's day/month order, when known, for numeric dates such as 03/04/2015
 */
export function findDates(text: string, order: DateOrder | null = null): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [year, month, day] = read(m, order);
      if (month < 1 || (day !== null && !isValidDay(year, month, day))) continue;
      const iso = day === null ? `${year}-${String(month).padStart(2, '0')}` : isoDay(year, month, day);
      const raw = m[0].replace(/[\s,]+$/u, '');
      found.push({ iso, text: raw, start: m.index, end: m.index + raw.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) continue;
    kept.push(date);
  }
  return kept;
}

/** The first date printed in `text`, or null. */
export function findDate(text: string, order: DateOrder | null = null): FoundDate | null {
  return findDates(text, order)[0] ?? null;
}

/** A line that is nothing but a date (with weekday, time, zone and a "Published"/"Updated" label). */
export interface DateLine {
  iso: string;
  /** The date text as printed, without the label. */
  text: string;
  /** `updated` for "Updated …" / "Last modified …" lines, which do not give the publication date. */
  label: 'published' | 'updated' | null;
}

/** Labels before a date; press releases print "FOR IMMEDIATE RELEASE: <date>" or "Embargoed until <date>". */
const LABEL = /^(?:(first\s+)?published(?:\s+on)?|posted(?:\s+on)?|date(?:d)?|issued(?:\s+on)?|release date|(?:for )?immediate release|(?:strictly )?embargoed?(?:\s+(?:until|till|to))?|(?:last\s+)?(?:updated?|modified|amended)(?:\s+on)?|this article (?:was|is) (?:more than|over) .*|on)\s*[:\-–—/|]?\s*/iu;
const LEFTOVER = /^[\s|•·,;:\-–—()[\]]*$/u;
const PLACE_BEFORE_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s+(?=(?i:(?:first\s+)?(?:published|posted|updated|last\s+updated))\b)/u;

/**
 * Reads a line that only states a date, e.g. "| 19 May 2014", "Published: 3 March 2015",
 * "Updated 10:45 GMT, 4 June 2015". Returns null when the line says anything else.
 */
export function parseDateLine(line: string, order: DateOrder | null = null): DateLine | null {
  // "New Delhi, UPDATED: Nov 22, 2022 06:15 IST": the bureau's city before a label.
  const trimmed = line.trim().replace(/^[|•·\-–—\s]+/u, '').replace(PLACE_BEFORE_LABEL, '');
  if (trimmed.length > 110) return null;
  const labelMatch = LABEL.exec(trimmed);
  const labelText = labelMatch?.[0] ?? '';
  const rest = trimmed.slice(labelText.length);
  const date = findDate(rest, order);
  if (!date) return null;
  const leftover = (rest.slice(0, date.start) + ' ' + rest.slice(date.end))
    .replace(new RegExp(String.raw`\b${TIME}`, 'giu'), ' ')
    .replace(new RegExp(String.raw`(?<![\p{L}\d])${ZONE}(?![\p{L}\d])`, 'gu'), ' ')
    .replace(/\b(?:last\s+)?(?:updated?|modified)\b.*$/iu, ' ')
    // "Wednesday 4 September 2024 12:30, UK": the edition after the time.
    .replace(/[,\s]+(?:UK|US|USA|IE|AU|NZ)\s*$/u, ' ')
    // "9:12am Friday 26th February 2016 in News": the section the story was filed in.
    .replace(/\s+in\s+\p{Lu}[\p{L}&'’]*(?:\s\p{Lu}[\p{L}&'’]*){0,2}\s*$/u, ' ');
  if (!LEFTOVER.test(leftover)) return null;
  const label = /update|modified|amended/iu.test(labelText) ? 'updated' : labelText.trim() && !/^on\b/iu.test(labelText) ? 'published' : null;
  return { iso: date.iso, text: date.text, label };
}

/**
 * The date in a dateline that opens the body: "FALL RIVER, Mass. (Sept. 5, 2024) —",
 * "LONDON, 15 January 2024 /PRNewswire/ --". Only a full date with its year counts.
 * @param text the first body paragraph
 * @param order the text's day/month order, for numeric dates
 */
export function datelineDate(text: string, order: DateOrder | null = null): DateLine | null {
  const head = /^(\p{Lu}{2}[^—–]{0,100}?)\s(?:-{1,2}|[–—])\s/u.exec(text.trim())?.[1];
  if (!head || !/^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,|\s\()/u.test(head)) return null;
  const date = findDate(head, order);
  return date && /^\d{4}-\d\d-\d\d$/u.test(date.iso) ? { iso: date.iso, text: date.text, label: null } : null;
}
