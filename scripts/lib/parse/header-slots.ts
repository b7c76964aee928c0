/**
 * Reads one header line as byline, date line, outlet credit or header furniture, including
 * lines that print several of them: "By Joe Lepper | 19 May 2014", "Jane Doe Tue 3 Mar 2015
 * 10.00 GMT", "Posted on March 3, 2015 by Jane Doe", "By LISA MASCARO Associated Press".
 */
import { bylineRole, isNameShaped, parseByline } from './detect-byline.ts';
import type { DateOrder } from './date-order.ts';
import { findDate, parseDateLine, type DateLine } from './find-date.ts';
import { creditedOutlet, isNameCase, isOutletName, outletOfAffiliation } from './outlet-name.ts';
import { furnitureKind } from './strip-furniture.ts';

/** What one part of a header line says. `outlet` carries the outlet a byline credits, if any. */
export type Slot =
  | { kind: 'date'; date: DateLine }
  | { kind: 'author'; author: string; outlet: string | null; role: string | null }
  | { kind: 'outlet'; outlet: string | null }
  /** "Posted 3 days ago", "Updated yesterday": a date line that gives no calendar date. */
  | { kind: 'relative' }
  | { kind: 'skip' };

const LABEL_ONLY = /^(?:(?:first\s+)?published|posted|updated|last\s+(?:updated|modified)|date[d]?)?(?:\s*on)?\s*:?$/iu;
/** "Updated 3:12 p.m. ET", "Updated 2 hours ago": a label with a time but no date. */
const TIME_ONLY = /^(?:(?:first\s+)?published|posted|updated|last\s+(?:updated|modified))(?:\s+(?:on|at))?\s*:?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)\s*(?:\(?\p{Lu}{1,4}T\)?|UTC|GMT)?$/iu;
/** "Posted 3 days ago", "2 hrs ago", "Published yesterday": relative to a day the text never states. */
const RELATIVE = /^(?:(?:first\s+)?published|posted|updated|last\s+(?:updated|modified))?(?:\s+(?:on|at))?\s*:?\s*(?:(?:an?|one|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|today|just now)$/iu;
/** A time of day printed in its own part of a header line: "… | 16/07/2023 | 21:14", "| 9.45am BST". */
const BARE_TIME = /^(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*\(?(?:[A-Z]{2,4}T|UTC|GMT|IST)\)?)?$/iu;
/** "By Reuters", "Guardian staff and agencies", "Irish Times Reporter", "Staff Reporter". */
const STAFF_ONLY = /^(?:by\s+)?(?:(?:a|our|the)\s+)?(?:staff|our)\s+(?:reporters?|writers?|correspondents?)$|^(?:by\s+)?(?:staff|agencies|staff and agencies)$/iu;

/** The text after the printed author in a byline ("… Associated Press", "…, BBC News"). */
function afterAuthor(line: string, author: string): string {
  const lastName = author.split(/\s+/u).pop() ?? '';
  const at = line.toLowerCase().lastIndexOf(lastName.toLowerCase());
  return at < 0 ? '' : line.slice(at + lastName.length);
}

function slotOf(text: string, bare: boolean, order: DateOrder | null): Slot | null {
  const value = text.trim();
  if (RELATIVE.test(value)) return { kind: 'relative' };
  // An issuer's or series line under a headline: "From: Department for Education and …", "Part of: Schools".
  if (/^(?:from|part of|issued by|published by):\s+\S/iu.test(value)) return { kind: 'skip' };
  if (value === '' || LABEL_ONLY.test(value) || TIME_ONLY.test(value) || BARE_TIME.test(value)) return { kind: 'skip' };
  // "Last updated 11 June 2015 — See all updates": a link to the page's history after the date.
  const date = parseDateLine(value.replace(/\s+[—–|-]\s+(?:see|view|show) (?:all )?(?:updates|changes|history|versions)$/iu, ''), order);
  if (date) return { kind: 'date', date };
  const author = parseByline(value, bare);
  if (author) {
    const rest = afterAuthor(value, author);
    const outlet = outletOfAffiliation(rest, true);
    // "By Jo Doe, PA Transport Correspondent" credits the agency and prints the job.
    return { kind: 'author', author, outlet, role: bylineRole(rest) };
  }
  if (STAFF_ONLY.test(value)) return { kind: 'outlet', outlet: null };
  // "… by clubadmin": a site user's handle after a date, no one's name.
  if (/^by\s+[\p{Ll}\d_.-]{2,30}$/u.test(value)) return { kind: 'skip' };
  // "By Reuters" or "Herald reporter" credit an outlet; a bare outlet name is a masthead, not a byline.
  const outlet = value.split(/\s+/u).length <= 7 ? creditedOutlet(value) : null;
  if (outlet) return { kind: 'outlet', outlet };
  return furnitureKind(value) === 'line' ? { kind: 'skip' } : null;
}

/** The numbers a line prints, in order: "14 Mawrth 2024" and "14 March 2024" both give "14 2024". */
function numbersOf(text: string): string {
  return (text.match(/\d+/gu) ?? []).join(' ');
}

/**
 * The slots of one header line, or null when it is not a header line.
 * @param text the line
 * @param bare also accept a line that is only a personal name as a byline
 * @param order the text's day/month order, for numeric dates
 */
export function headerSlots(text: string, bare: boolean, order: DateOrder | null = null): Slot[] | null {
  // "Posted: 03/02/2016 16:47 GMT Updated: 03/02/2017 05:12 GMT": two dated labels on one line, unparted.
  // (Header lines are short: a long one, a table of figures run onto one line, is never read this way.)
  const update = text.length <= 200 ? /^(.*?\d.*?)\s+((?:last\s+)?(?:updated|modified|edited)\b.*\d.*)$/iu.exec(text.trim()) : null;
  if (update) {
    const both = [slotOf(update[1]!, false, order), slotOf(update[2]!, false, order)];
    if (both.every((s) => s?.kind === 'date')) return both as Slot[];
  }
  const single = slotOf(text, bare, order);
  const date = findDate(text, order);
  // A slash may only part a label from its date ("Updated / Tuesday, 8 Mar 2022 12:41").
  const bar = /\s[|•·]\s/u.test(text) || (/\s\/\s/u.test(text) && single?.kind !== 'date');
  if (single && single.kind !== 'skip' && !bar && (single.kind === 'date' || !date)) return [single];
  // "Jane Doe | March 3, 2015", "Jane Doe / PTI / Updated: Nov 22, 2022, 06:15 IST".
  let parts = text.split(/\s+[|•·/]\s+/u);
  if (parts.length === 1 && date) {
    const head = text.slice(0, date.end);
    parts = parseDateLine(head, order)
      ? [head, text.slice(date.end)]
      : [text.slice(0, date.start).replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s*$/iu, '').replace(/\s+(?:on|at)\s*$/iu, ''), date.text, text.slice(date.end)];
  }
  const slots = parts.length > 1 ? parts.map((p) => slotOf(p.trim(), bare, order)) : [];
  // "Jane Doe · Northshire Echo": an outlet's name set beside a name credits both, even a name
  // the person test doubts.
  slots.forEach((s, k) => {
    const name = parts[k - 1]?.trim() ?? '';
    if (s !== null || !isOutletName(parts[k]!) || k === 0) return;
    if (slots[k - 1] === null && isNameShaped(name) && !isOutletName(name)) slots[k - 1] = { kind: 'author', author: name, outlet: null, role: null };
    if (slots[k - 1]?.kind === 'author') slots[k] = { kind: 'outlet', outlet: parts[k]!.trim() };
  });
  // "Aditi Kulkarni | Mumbai | Updated: …": the city the reporter filed from, between byline and date.
  slots.forEach((s, k) => {
    const part = parts[k]!.trim();
    if (s === null && slots[k - 1]?.kind === 'author' && isNameCase(part) && part.split(/\s+/u).length <= 3 && !isOutletName(part)) slots[k] = { kind: 'skip' };
  });
  // "By Our Correspondent | APP | Posted: …": a news agency's initials beside a byline or staff credit.
  slots.forEach((s, k) => {
    const part = parts[k]!.trim();
    if (s === null && (slots[k - 1]?.kind === 'author' || slots[k - 1]?.kind === 'outlet') && /^\p{Lu}{2,6}$/u.test(part)) slots[k] = { kind: 'outlet', outlet: part };
  });
  // Bilingual pages print each header line twice: "Dydd Iau 14 Mawrth 2024 / Thursday 14 March 2024",
  // "Gan / By Rhodri Jones". A part with the same numbers as a date beside it is that date
  // translated; one short word before a "By" byline is the label translated.
  slots.forEach((s, k) => {
    const part = parts[k]!.trim();
    const beside = [k - 1, k + 1].filter((j) => slots[j]?.kind === 'date').map((j) => parts[j]!);
    if (s === null && beside.some((b) => numbersOf(b) !== '' && numbersOf(b) === numbersOf(part))) slots[k] = { kind: 'skip' };
    if (s === null && /^\p{Lu}\p{Ll}{1,6}$/u.test(part) && slots[k + 1]?.kind === 'author' && /^by\s/iu.test(parts[k + 1]!.trim())) slots[k] = { kind: 'skip' };
  });
  // "Saturday October 14 2017, 12.01am, The Times": a time and the paper's name after the date.
  slots.forEach((s, k) => {
    if (s !== null || slots[k - 1]?.kind !== 'date') return;
    const pieces = parts[k]!.trim().replace(/^[,\s]+/u, '').split(/\s*,\s*/u);
    if (!pieces.every((p) => BARE_TIME.test(p) || isOutletName(p))) return;
    const outlet = pieces.find((p) => isOutletName(p));
    slots[k] = outlet ? { kind: 'outlet', outlet } : { kind: 'skip' };
  });
  // "by Jo Doe on March 18, 2015 in Adults, News": the categories a blog filed the post under.
  slots.forEach((s, k) => {
    if (s === null && slots[k - 1]?.kind === 'date' && /^in\s+\p{Lu}[\p{L}'’&-]*(?:,?\s+[\p{L}'’&-]+){0,12}$/u.test(parts[k]!.trim())) slots[k] = { kind: 'skip' };
  });
  if (slots.every((s): s is Slot => s !== null) && slots.some((s) => s.kind !== 'skip')) return slots;
  return single ? [single] : null;
}
