/**
 * Calendar dates written with a month name or in numbers (`19 May 2014`, `December 2, 2016`,
 * `March 2014`, `30 May`, `12/2/2016`), parsed by chrono and checked by our own rules:
 * precision comes from what the text states, not from chrono's filled-in defaults.
 */
import * as chrono from 'chrono-node';
import { isRealDay, type Reference } from './calendar.ts';
import { candidate, type DateCandidate } from './candidate.ts';
import { inferYear } from './infer-year.ts';
import { bareMonthIsDate, monthNumber } from './month-names.ts';
import { futureBefore, pastBefore, speaksOfFuture } from './tense.ts';

const MONTH_TOKEN = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/gi;
const NUMERIC_DATE = /\b\d{1,4}[\/.-]\d{1,2}(?:[\/.-]\d{2,4})?\b/;
const DAY_NUMBER = /\b\d{1,2}(st|nd|rd|th)?\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|twentieth|thirtieth|(twenty|thirty)[- ](first|second|third|[a-z]+th))\b/i;
const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|of|the|during|year|years|to)\s+)+/i;

const MONTH_TEST = new RegExp(MONTH_TOKEN.source, 'i');

/** True when `text` names a month ("March", "Sept."), not merely a word starting like one ("Marchers"). */
export function namesMonth(text: string): boolean {
  return MONTH_TEST.test(text);
}

/** Cheap test for text chrono could find a calendar date in. */
export function mayHoldCalendarDate(text: string): boolean {
  return /\d/.test(text) || MONTH_TEST.test(text);
}

/** Calendar dates in one (URL-masked) segment text. `monthFirst` reads `12/2/2016` as 2 December. */
export function chronoDates(text: string, ref: Reference | null, monthFirst: boolean): DateCandidate[] {
  if (!mayHoldCalendarDate(text)) return [];
  const parser = monthFirst ? chrono.en.casual : chrono.en.GB;
  const instant = ref ? new Date(Date.UTC(ref.year, (ref.month ?? 7) - 1, ref.day ?? 1, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateCandidate[] = [];
  for (const [offset, chunk] of chunks(text)) for (const result of parser.parse(chunk, { instant, timezone: 0 }, { forwardDate: false })) {
    const lead = leadingWords(result.text);
    const raw = result.text.slice(lead).replace(/[\s,.;:]+$/, '');
    const start = offset + result.index + lead;
    const end = start + raw.length;
    const months = [...raw.matchAll(MONTH_TOKEN)];
    const numeric = NUMERIC_DATE.test(raw);
    if (months.length === 0 && !numeric) continue;
    const parts = result.end ? [result.start, result.end] : [result.start];
    parts.forEach((component, i) => {
      const month = months[i === 0 ? 0 : months.length - 1];
      const found = fromComponent(text, ref, start, end, raw, component, month, months.length > 0);
      if (found) out.push(found);
    });
  }
  return out;
}

const CHUNK = 1500;
/** A word a date may be made of: a number, or a month's name. */
const DATE_WORD = new RegExp(`\\d|${MONTH_TOKEN.source}`, 'i');

/**
 * The text in pieces of whole sentences of about CHUNK characters, with their offsets: chrono
 * reads the text before each date it finds again, so a paragraph of thousands of sentences
 * would take time quadratic in its length. No date spans a sentence's end, nor a space between
 * two words that are neither numbers nor months.
 */
function chunks(text: string): [number, string][] {
  if (text.length <= CHUNK) return [[0, text]];
  const out: [number, string][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      // Cut after the last sentence end in the second half of the window (where the next sentence starts);
      // without one, at the last space between two words that hold neither a digit nor a month's name.
      const half = text.slice(from + CHUNK / 2, to);
      let cut = -1;
      for (const m of half.matchAll(/[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})/gu)) cut = m.index + m[0].length;
      if (cut < 0) for (const m of half.matchAll(/(\S+)(\s+)(?=(\S+))/gu)) if (!DATE_WORD.test(m[1]!) && !DATE_WORD.test(m[3]!)) cut = m.index + m[1]!.length + m[2]!.length;
      if (cut >= 0) to = from + CHUNK / 2 + cut;
    }
    out.push([from, text.slice(from, to)]);
    from = to;
  }
  return out;
}

/** Length of the prepositions and stray words chrono keeps before a date (`on 30 May`). */
function leadingWords(text: string): number {
  const lead = LEADING.exec(text)?.[0] ?? '';
  return /^\s*(?:end|start|beginning|middle)\b/i.test(text.slice(lead.length)) ? 0 : lead.length;
}

function fromComponent(
  text: string,
  ref: Reference | null,
  start: number,
  end: number,
  raw: string,
  component: chrono.ParsedComponents,
  monthMatch: RegExpMatchArray | undefined,
  named: boolean,
): DateCandidate | null {
  const month = component.get('month');
  if (month === null || !component.isCertain('month')) return null;
  // chrono reads "Sept. 12" as September 2012; in news text a bare two-digit number after a
  // month name is the day. A two-digit year needs an apostrophe ('12) or a numeric date.
  const shortYearAsDay = named && component.isCertain('year') && !/\b\d{4}\b/.test(raw) && !/['’]\d{2}\b/.test(raw) && !NUMERIC_DATE.test(raw);
  const yearCertain = component.isCertain('year') && !shortYearAsDay;
  if (!named && !yearCertain) return null;
  const withoutYear = raw.replace(/\b\d{4}\b/g, '');
  // A clock time before the date (`4:10 p.m. Jan. 19`) holds no day.
  const dayDigits = shortYearAsDay ? /\b(\d{1,2})\b/.exec(withoutYear.replace(/\b\d{1,2}[:.]\d\d\b/g, ' '))?.[1] : undefined;
  const hasDay = dayDigits !== undefined ? Number(dayDigits) >= 1 && Number(dayDigits) <= 31 : component.isCertain('day') && DAY_NUMBER.test(withoutYear.replace(MONTH_TOKEN, ' '));
  if (monthMatch && named) {
    const token = monthMatch[0].replace(/\.$/, '');
    const at = start + (monthMatch.index ?? 0);
    const bare = !hasDay && !yearCertain;
    if (bare && (monthNumber(token) === null || !bareMonthIsDate(text, at, at + token.length))) return null;
    if (!bare && !/^[A-Z]/.test(token)) return null;
  }
  const year = yearCertain ? component.get('year') : inferYear(month, ref, { futureBefore: futureBefore(text, start), future: speaksOfFuture(text, start, end), past: pastBefore(text, start) });
  const resolution = yearCertain ? 'explicit' : 'relative';
  if (!hasDay) return candidate(start, end, resolution, 'month', year, month);
  const day = dayDigits !== undefined ? Number(dayDigits) : (component.get('day') ?? 1);
  if (year !== null && !isRealDay(year, month, day)) return null;
  return candidate(start, end, resolution, 'day', year, month, day);
}
