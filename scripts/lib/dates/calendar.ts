/**
 * Calendar arithmetic on plain year/month/day numbers (UTC, no time zones), and the
 * article's reference date with whatever precision its publication date has.
 */
import type { DatePrecision } from '../types.ts';

/** A calendar day; `month` is 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The publication date as far as it is known: month and day may be missing. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything else gives null). */
export function parseReference(published: string | null): Reference | null {
  const match = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : null;
  const day = month !== null && match[3] ? Number(match[3]) : null;
  return { year: Number(match[1]), month, day };
}

/** The reference as a full day, or null when it is not day-precise. */
export function referenceDay(ref: Reference | null): CalendarDay | null {
  return ref && ref.month !== null && ref.day !== null ? { year: ref.year, month: ref.month, day: ref.day } : null;
}

/** Adds `n` days (negative to go back). */
export function shiftDays(date: CalendarDay, n: number): CalendarDay {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds `n` months to a year-month pair. */
export function shiftMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDay): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** True when the day exists in the calendar (no 31 June). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO text for a date at the given precision. */
export function toIso(precision: DatePrecision, year: number, month = 1, day = 1): string {
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
