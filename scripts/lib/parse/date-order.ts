/**
 * Works out whether a text writes dates day-first (UK, Ireland, Australia) or month-first
 * (US), from evidence that cannot be misread: spelled-out dates ("5 September" against
 * "September 5"), numeric dates with a part above 12, and time-zone abbreviations. Only a
 * one-sided verdict counts, so that 03/04/2015 is never guessed.
 */

/** `dmy`: 03/04/2015 is 3 April; `mdy`: it is 4 March. */
export type DateOrder = 'dmy' | 'mdy';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_FIRST = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])`, 'giu');
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:]|\.\d)`, 'giu');
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d\d\b/gu;
/** Zones printed after times: British, Irish, European, Australian and New Zealand against North American. */
const DMY_ZONES = /\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?\(?(?:BST|GMT|IST|CET|CEST|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\b/gu;
const MDY_ZONES = /\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|CT|MT|PT)\b/gu;

const DMY_DOMAINS = /\.(?:co\.uk|org\.uk|gov\.uk|ac\.uk|ie|com\.au|net\.au|gov\.au|co\.nz|govt\.nz|co\.za)(?=[/\s>)]|$)/gu;
const POUNDS = /£\s?\d/gu;

function count(re: RegExp, text: string): number {
  return [...text.matchAll(re)].length;
}

/**
 * The day/month order a text uses, or null when it gives no evidence or mixed evidence.
 * @param text the whole article text
 */
export function detectDateOrder(text: string): DateOrder | null {
  // A British, Irish or Antipodean site's own addresses, and sums in pounds, tip a text towards day-first.
  const local = 2 * Math.min(2, count(DMY_DOMAINS, text)) + Math.min(2, count(POUNDS, text));
  let dmy = count(DAY_FIRST, text) + count(DMY_ZONES, text) + local;
  let mdy = count(MONTH_FIRST, text) + count(MDY_ZONES, text);
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  // The site's own country outweighs one stray month-first date ("on April 12" in a British report).
  if (local >= 2 && mdy <= 1) return 'dmy';
  // Mixed evidence ("on 5 May" in a quote of a US story) is tolerated only when lopsided.
  if (dmy > 0 && mdy * 4 <= dmy) return mdy === 0 || dmy >= 4 ? 'dmy' : null;
  if (mdy > 0 && dmy * 4 <= mdy) return dmy === 0 || mdy >= 4 ? 'mdy' : null;
  return null;
}
