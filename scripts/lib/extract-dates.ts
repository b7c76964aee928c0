/**
 * Finds every date expression in an article's segments and resolves it against the
 * publication date, keeping the precision the text gives (day, month or year).
 */
import { parseReference, type CalendarDay, type Reference } from './dates/calendar.ts';
import { pickLongest, type DateCandidate } from './dates/candidate.ts';
import { chronoDates } from './dates/chrono-dates.ts';
import { prefersMonthFirst } from './dates/locale.ts';
import { alignRangeYears } from './dates/range-years.ts';
import { maskUrls } from './dates/mask-urls.ts';
import { relativeDates } from './dates/relative-dates.ts';
import { seasonDates } from './dates/season-dates.ts';
import { weekdayDates } from './dates/weekday-dates.ts';
import { yearDates } from './dates/year-dates.ts';
import type { ArticleText, LocalDate } from './types.ts';

const DATE_ISH =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|week|month|fortnight|spring|summer|autumn|winter|fall|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening)/i;

/** Date mentions of all segments, in document order, with `iso` null when unresolvable. */
export function extractDates(article: ArticleText): LocalDate[] {
  const ref = parseReference(article.published);
  const texts = article.segments.map((s) => maskUrls(s.text));
  const monthFirst = prefersMonthFirst(texts);
  const updated = lastUpdate(article, texts, ref, monthFirst);
  const dates: LocalDate[] = [];
  article.segments.forEach((segment, i) => {
    const text = texts[i] ?? '';
    if (!DATE_ISH.test(text)) return;
    const found: DateCandidate[] = alignRangeYears(
      [...chronoDates(text, ref, monthFirst), ...relativeDates(text, ref), ...weekdayDates(text, ref, updated), ...seasonDates(text, ref), ...yearDates(text)],
      text,
      ref,
    );
    // "3 years ago" on a comment counts back from the day the page was saved, which the text never gives.
    const picked = pickLongest(found);
    const kept = segment.kind === 'comment-meta' ? picked.filter((d) => !/\bago\b/iu.test(text.slice(d.start, d.end))).map((d) => notBefore(d, text, article.published)) : picked;
    for (const c of kept) {
      dates.push({
        span: { paragraph: segment.paragraph, start: c.start, end: c.end, text: segment.text.slice(c.start, c.end) },
        iso: c.iso,
        precision: c.precision,
        resolution: c.resolution,
      });
    }
  });
  return dates;
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}])/iu;

/**
 * A comment is written on or after the article, so its timestamp with a month but no year
 * (`Jan 2` under a December post) that would fall before the publication date is next year's.
 */
function notBefore(date: DateCandidate, text: string, published: string | null): DateCandidate {
  const span = text.slice(date.start, date.end);
  if (date.resolution !== 'relative' || date.precision !== 'day' || date.iso === null || published === null) return date;
  if (!MONTH_WORD.test(span) || /\d{4}/u.test(span) || date.iso >= published.slice(0, 10)) return date;
  return { ...date, iso: `${Number(date.iso.slice(0, 4)) + 1}${date.iso.slice(4)}` };
}

/**
 * The day of the latest update printed in the header (`Last updated: Tue 4 Mar 2025`), when it
 * is one or two days after a day-precise publication date: a story written late and updated next
 * morning may tell of that morning.
 */
function lastUpdate(article: ArticleText, texts: string[], ref: Reference | null, monthFirst: boolean): CalendarDay | null {
  const at = article.segments.findIndex((s) => s.kind === 'header');
  if (at < 0 || ref === null || ref.month === null || ref.day === null || article.published === null) return null;
  const published = article.published.slice(0, 10);
  const later = chronoDates(texts[at] ?? '', ref, monthFirst)
    .map((c) => c.iso)
    .filter((iso): iso is string => iso !== null && /^\d{4}-\d\d-\d\d$/u.test(iso) && iso > published)
    .sort();
  const last = later[later.length - 1];
  if (last === undefined) return null;
  const days = (Date.parse(last) - Date.parse(published)) / 86_400_000;
  return days <= 2 ? { year: Number(last.slice(0, 4)), month: Number(last.slice(5, 7)), day: Number(last.slice(8, 10)) } : null;
}
