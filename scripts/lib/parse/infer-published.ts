/**
 * Works out the publication date when the text states none, never silently: the latest
 * date found in a linked URL (an article is published after the pages it links to), else
 * the month of the earliest reader comment (an article precedes its comments), else unknown.
 */
import type { PublishedSource } from '../../../src/schemas/article.ts';
import { isValidDay, isoDay } from './find-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEAR = String.raw`((?:19|20)\d\d)`;

interface UrlDate {
  iso: string;
  year: number;
}

function month(name: string): number {
  return /^\d+$/u.test(name) ? Number(name) : MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function day(year: number, m: number, d: number): UrlDate | null {
  return isValidDay(year, m, d) ? { iso: isoDay(year, m, d), year } : null;
}

/** Dates spelled out in a URL's path: `/2014/may/16/`, `/2014/05/16/`, `2014-05-16`, `20140516`. */
function explicitDates(url: string): UrlDate[] {
  const out: UrlDate[] = [];
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '');
  const patterns = [
    new RegExp(String.raw`\/${YEAR}\/([a-z]{3,9}|\d{1,2})\/(\d{1,2})(?=\/|$|[?#.])`, 'giu'),
    new RegExp(String.raw`(?<![\d])${YEAR}[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)`, 'gu'),
  ];
  for (const re of patterns) {
    for (const m of path.matchAll(re)) {
      const found = day(Number(m[1]), month(m[2]!), Number(m[3]));
      if (found) out.push(found);
    }
  }
  return out;
}

/** `/2014/06/slug`: month precision only. */
function monthDates(url: string): UrlDate[] {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '');
  return [...path.matchAll(new RegExp(String.raw`\/${YEAR}\/(0?[1-9]|1[0-2])\/(?!\d)`, 'gu'))].map((m) => ({
    iso: `${m[1]}-${m[2]!.padStart(2, '0')}`,
    year: Number(m[1]),
  }));
}

/**
 * Six-digit stamps in file names (`…response200614_for_web.pdf`) read as ddmmyy or yymmdd
 * (UK and ISO order; month-first is not read). A reading counts only when its year is
 * attested elsewhere and no other reading is.
 */
function compactDates(url: string, years: Set<number>): UrlDate[] {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '');
  const out: UrlDate[] = [];
  for (const m of path.matchAll(/(?<!\d)(\d\d)(\d\d)(\d\d)(?!\d)/gu)) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const readings = [day(2000 + c, b, a), day(2000 + a, b, c)].filter((r): r is UrlDate => r !== null && years.has(r.year));
    const distinct = [...new Set(readings.map((r) => r.iso))];
    if (distinct.length === 1) out.push(readings[0]!);
  }
  // Eight digits ending in a year (`10062014`) read day-first, the same convention.
  for (const m of path.matchAll(/(?<!\d)(\d\d)(\d\d)((?:19|20)\d\d)(?!\d)/gu)) {
    const found = day(Number(m[3]), Number(m[2]), Number(m[1]));
    if (found) out.push(found);
  }
  return out;
}

/**
 * The latest date in the given URLs: day precision when any URL has a full date, else month.
 * @param urls linked URLs of the article text
 * @param text the article's plain text, whose four-digit years attest compact file-name dates
 */
export function latestUrlDate(urls: string[], text: string): string | null {
  const explicit = urls.flatMap(explicitDates);
  const years = new Set<number>([...explicit.map((d) => d.year), ...[...text.matchAll(/\b((?:19|20)\d\d)\b/gu)].map((m) => Number(m[1]))]);
  const days = [...explicit, ...urls.flatMap((u) => compactDates(u, years))].map((d) => d.iso).sort();
  if (days.length) return days[days.length - 1]!;
  const months = urls.flatMap(monthDates).map((d) => d.iso).sort();
  return months[months.length - 1] ?? null;
}

/** Publication date with its source. */
export interface PublishedResult {
  published: string | null;
  publishedSource: PublishedSource;
}

/**
 * Chooses the publication date.
 * @param stated ISO date of the header's date line, or null
 * @param urls links in the article text (not in comments)
 * @param text plain text of the article (not comments)
 * @param commentDates ISO dates of reader comments
 * @param statedBy where the stated date was printed: `date line` (header) or `dateline` (the body's opening)
 */
export function inferPublished(stated: string | null, urls: string[], text: string, commentDates: (string | null)[], statedBy = 'date line'): PublishedResult {
  if (stated) return { published: stated, publishedSource: { kind: 'stated', method: statedBy } };
  const fromUrl = latestUrlDate(urls, text);
  if (fromUrl) return { published: fromUrl, publishedSource: { kind: 'inferred', method: 'latest date in a linked URL' } };
  const earliest = commentDates.filter((d): d is string => d !== null).sort()[0];
  if (earliest) return { published: earliest.slice(0, 7), publishedSource: { kind: 'inferred', method: 'earliest reader comment' } };
  return { published: null, publishedSource: { kind: 'unknown', method: null } };
}
