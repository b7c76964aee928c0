/**
 * Numeric claims in one segment text: money (`£15`, `$2.5bn`, `50p`), percentages (`2%`,
 * `five per cent`) and counts with the noun they count (`more than 100 children's charities`).
 */
import { dateNumberSpans, isNonCount, isNonFigure } from './figure-exclusions.ts';
import { nounPhraseEnd } from './noun-after.ts';
import { NUMBER_WORD, numberWord, scaleOf } from './number-words.ts';

/** A figure's offsets in the segment text, kind and value. */
export interface FigureMatch {
  start: number;
  end: number;
  kind: 'count' | 'percent' | 'money';
  value: number | null;
}

const NUMERAL = /(?<![\p{L}\p{N}_.,:\/£$€¥]|\d[-–])((?:US|A|C|NZ|HK)?[$£€¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(hundred|thousand|million|billion|trillion)\b|(bn|mn|tn|m|k)\b)?/gu;
const WORDS = new RegExp(`\\b(${NUMBER_WORD})\\b(?![-–][\\p{L}])(?:\\s(hundred|thousand|million|billion))?`, 'giu');
const PERCENT = /^\s?(%|per\s?cent\b|percent\b|percentage points?\b|pc\b)/i;
const MONEY_AFTER = /^(p\b|\s?(pence|cents?)\b|\s(pounds?|dollars?|euros?|sterling)\b)/i;
const RANGE = /^\s?[-–]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/;
const APPROX = /\b(more than|over|almost|nearly|around|about|some|up to|at least|fewer than|less than|under|roughly|approximately|an estimated|just over|just under|well over|as many as|in excess of|upwards of)\s+$/i;

/** Figures in a (URL-masked) segment text, in text order. */
export function findFigures(text: string): FigureMatch[] {
  if (!/\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)\b/i.test(text)) return [];
  const dates = dateNumberSpans(text);
  const out: FigureMatch[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const digitsStart = m.index + (m[1]?.length ?? 0);
    const digitsEnd = digitsStart + (m[2]?.length ?? 0);
    if (isNonFigure(text, digitsStart, digitsEnd, dates)) continue;
    const value = Number((m[2] ?? '').replace(/,/g, '')) * scaleOf(m[3] ?? m[4]);
    const found = classify(text, m.index, m.index + m[0].length, value, Boolean(m[1]), Boolean(m[3] ?? m[4]), false);
    if (found) out.push(found);
  }
  for (const m of text.matchAll(WORDS)) {
    const base = numberWord(m[1] ?? '');
    if (base === null || (base === 1 && !m[2])) continue;
    const found = classify(text, m.index, m.index + m[0].length, base * scaleOf(m[2]), false, Boolean(m[2]), true);
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

function classify(text: string, start: number, end: number, value: number, currency: boolean, scaled: boolean, words: boolean): FigureMatch | null {
  const after = text.slice(end, end + 24);
  const range = words || currency ? null : RANGE.exec(after);
  const numberEnd = range ? end + range[0].length : end;
  const rest = text.slice(numberEnd, numberEnd + 24);
  const percent = PERCENT.exec(rest);
  if (percent) return { start: withApprox(text, start), end: numberEnd + percent[0].length, kind: 'percent', value: range ? null : value };
  if (currency) return { start: withApprox(text, start), end, kind: 'money', value };
  const money = words || scaled ? null : MONEY_AFTER.exec(rest);
  if (money) {
    const pence = /^(p|\s?pence|\s?cents?)$/i.test(money[0]);
    return { start: withApprox(text, start), end: numberEnd + money[0].length, kind: 'money', value: range ? null : pence ? value / 100 : value };
  }
  if (isNonCount(text, start, numberEnd)) return null;
  const nounEnd = nounPhraseEnd(text, numberEnd);
  // a small bare number is more often an age, score or rank than a claim
  if (nounEnd === null && (words || range || !(scaled || value >= 1000 || /,/.test(text.slice(start, end))))) return null;
  return { start: withApprox(text, start), end: nounEnd ?? numberEnd, kind: 'count', value: range ? null : value };
}

function withApprox(text: string, start: number): number {
  const approx = APPROX.exec(text.slice(Math.max(0, start - 24), start));
  return approx ? start - approx[0].length : start;
}
