/**
 * Whether an article writes dates month first (US: `December 2, 2016`, `12/2/2016`) or day
 * first (UK: `2 December 2016`, `2/12/2016`), judged from its unambiguous dates.
 */
import { detectDateOrder } from '../parse/date-order.ts';
import { MONTH_NAME } from './month-names.ts';

const MONTH_FIRST = new RegExp(`\\b(?:${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:${MONTH_NAME}))`, 'gi');
const DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME})\\b`, 'gi');
const SLASH = /\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/g;

/** True when the texts read month-first more often than day-first. */
export function prefersMonthFirst(texts: readonly string[]): boolean {
  // The parser's verdict first, so header and body read `12/01/25` alike: it also weighs time zones,
  // the site's country (a .co.uk address) and sums in pounds.
  const order = detectDateOrder(texts.join('\n'));
  if (order) return order === 'mdy';
  let monthFirst = 0;
  let dayFirst = 0;
  for (const text of texts) {
    monthFirst += [...text.matchAll(MONTH_FIRST)].length;
    dayFirst += [...text.matchAll(DAY_FIRST)].length;
    for (const m of text.matchAll(SLASH)) {
      if (Number(m[1]) > 12) dayFirst++;
      else if (Number(m[2]) > 12) monthFirst++;
    }
  }
  return monthFirst > dayFirst;
}
