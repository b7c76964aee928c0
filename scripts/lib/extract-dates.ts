/**
 * Finds every date expression in an article's segments and resolves it against the
 * publication date, keeping the precision the text gives (day, month or year).
 */
import { parseReference } from './dates/calendar.ts';
import { pickLongest, type DateCandidate } from './dates/candidate.ts';
import { chronoDates } from './dates/chrono-dates.ts';
import { prefersMonthFirst } from './dates/locale.ts';
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
  const dates: LocalDate[] = [];
  article.segments.forEach((segment, i) => {
    const text = texts[i] ?? '';
    if (!DATE_ISH.test(text)) return;
    const found: DateCandidate[] = [
      ...chronoDates(text, ref, monthFirst),
      ...relativeDates(text, ref),
      ...weekdayDates(text, ref),
      ...seasonDates(text, ref),
      ...yearDates(text),
    ];
    for (const c of pickLongest(found)) {
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
