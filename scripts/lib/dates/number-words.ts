/**
 * Numbers written as digits (`8,363`, `2.5`) or words (`two`, `thirty-seven`), with scale
 * words (`million`, `bn`).
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex source for a number written in words below a hundred (use with the `i` flag). */
export const NUMBER_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).join('|')})`;

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Regex source for a scale word after a number (`million`, `bn`, `m`). */
export const SCALE_WORD = '(?:hundred|thousand|million|billion|trillion|bn|mn|tn|m|k|b)';

/** Value of a number in digits or words below a hundred, else null. */
export function numberWord(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const unit = UNITS.indexOf(t);
  if (unit >= 0) return unit;
  const parts = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  const tens = parts ? TENS.indexOf(parts[1] ?? '') : -1;
  if (!parts || tens < 2) return null;
  if (!parts[2]) return tens * 10;
  const rest = UNITS.indexOf(parts[2]);
  return rest >= 1 && rest <= 9 ? tens * 10 + rest : null;
}

/** Multiplier of a scale word, 1 when there is none or it is unknown. */
export function scaleOf(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase()] ?? 1) : 1;
}
