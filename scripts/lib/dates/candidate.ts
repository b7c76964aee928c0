/**
 * A date found in one segment's text, before spans are attached, plus helpers to build one.
 */
import type { DatePrecision } from '../types.ts';
import { toIso } from './calendar.ts';

/** Offsets into one segment's text with the resolved value. */
export interface DateCandidate {
  start: number;
  end: number;
  iso: string | null;
  precision: DatePrecision | null;
  resolution: 'explicit' | 'relative';
}

/** A candidate resolved at `precision`, or unresolved when `year` is null. */
export function candidate(
  start: number,
  end: number,
  resolution: DateCandidate['resolution'],
  precision: DatePrecision,
  year: number | null,
  month?: number,
  day?: number,
): DateCandidate {
  if (year === null) return { start, end, iso: null, precision: null, resolution };
  return { start, end, iso: toIso(precision, year, month, day), precision, resolution };
}

/**
 * Keeps the longest candidates that do not overlap, in text order. Candidates with the very
 * same span survive together: a range like `1-5 June` yields its first and last day.
 */
export function pickLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of byLength) {
    const clash = kept.some((k) => c.start < k.end && k.start < c.end && !(c.start === k.start && c.end === k.end));
    if (clash || kept.some((k) => k.start === c.start && k.end === c.end && k.iso === c.iso)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
