/**
 * The year of a month named without one (`in April`, `30 May`), from the reference date.
 */
import type { Reference } from './calendar.ts';

/** How the clause around a month name talks about time. */
export interface Tense {
  /** A future marker (`will`, `would`, `is due to`) comes before the month in its clause. */
  futureBefore: boolean;
  /** The clause speaks of the future, before the month or later in the clause. */
  future: boolean;
  /** The month ends a `since` clause (`since the trust stopped using agencies in June`). */
  past?: boolean;
}

/**
 * Picks the reference year, except: a month well ahead of the reference month in a sentence
 * with no future marker, or any month ahead of it in a `since` clause, is last year's
 * (a January article's `in December`, a March article's `since … stopped … in June`), and a month well
 * behind it after a future marker or a deadline (`by`) is next year's (a December article's `will start in January`).
 * Returns null without a reference.
 */
export function inferYear(month: number, ref: Reference | null, tense: Tense): number | null {
  if (!ref) return null;
  if (ref.month === null) return ref.year;
  if (month > ref.month + 3 && !tense.future) return ref.year - 1;
  // `since the trust stopped using agencies in June` in a March article: last June.
  if (month > ref.month && tense.past === true && !tense.future) return ref.year - 1;
  if (month < ref.month - 2 && tense.futureBefore) return ref.year + 1;
  return ref.year;
}
