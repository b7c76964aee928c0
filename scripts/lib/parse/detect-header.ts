/**
 * Reads the header of an article by the shape of its first paragraphs: headline, byline,
 * date line, standfirst and captions, and finds where the running body starts.
 */
import { isCaption } from './detect-caption.ts';
import { parseByline } from './detect-byline.ts';
import { findDate, parseDateLine, type DateLine } from './find-date.ts';
import { furnitureKind } from './strip-furniture.ts';

/** What the header holds. Indices point into the paragraph list given to `detectHeader`. */
export interface Header {
  title: string | null;
  /** Index of the headline paragraph, or null. */
  titleAt: number | null;
  author: string | null;
  date: DateLine | null;
  /** The standfirst paragraph, or null. */
  standfirst: number | null;
  /** Captions and credits printed inside the header. */
  captions: number[];
  /** Index of the first paragraph of the body (equal to the length when there is none). */
  bodyStart: number;
}

const MAX_HEADER = 14;
/** Ends like a sentence: full stop, question or exclamation mark, ellipsis or colon, maybe inside closing quotes. */
const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A headline: one short line, capitalised, not ending like a sentence. */
export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length > 220) return false;
  if (/[.,;:]["'”’]*$/u.test(text) || /<https?:/u.test(text)) return false;
  return !/^["'‘“(]?\p{Ll}/u.test(text) && !/^(?:\d+[.)]|[•·▪*\-–])\s/u.test(text);
}

/** A standfirst: a sentence-length dek that does not end like a body paragraph. */
function isStandfirstShape(text: string): boolean {
  const words = wordCount(text);
  return words >= 6 && words <= 70 && !SENTENCE_END.test(text) && /^["'‘“]?\p{Lu}/u.test(text);
}

type Slot = { kind: 'date'; date: DateLine } | { kind: 'author'; author: string } | { kind: 'skip' };

/**
 * Splits "By Joe Lepper | 19 May 2014", "Jane Doe Tue 3 Mar 2015 10.00 GMT" or
 * "Posted on March 3, 2015 by Jane Doe" into byline and date parts.
 */
function headerSlots(text: string, bare: boolean): Slot[] | null {
  const single = slotOf(text, bare);
  const date = findDate(text);
  if (single && single.kind !== 'skip' && !/\s[|•·]\s/u.test(text) && (single.kind === 'date' || !date)) return [single];
  let parts = text.split(/\s+[|•·]\s+/u);
  if (parts.length === 1 && date) {
    const head = text.slice(0, date.end);
    parts = parseDateLine(head)
      ? [head, text.slice(date.end)]
      : [text.slice(0, date.start).replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s*$/iu, ''), date.text, text.slice(date.end)];
  }
  const slots = parts.length > 1 ? parts.map((p) => slotOf(p.trim(), bare)) : [];
  if (slots.every((s): s is Slot => s !== null) && slots.some((s) => s.kind !== 'skip')) return slots;
  return single ? [single] : null;
}

function slotOf(text: string, bare: boolean): Slot | null {
  if (text.trim() === '' || /^(?:(?:first\s+)?published|posted|updated|last\s+(?:updated|modified)|date[d]?)?(?:\s*on)?\s*:?$/iu.test(text.trim())) return { kind: 'skip' };
  const date = parseDateLine(text);
  if (date) return { kind: 'date', date };
  const author = parseByline(text, bare);
  if (author) return { kind: 'author', author };
  return furnitureKind(text) === 'line' ? { kind: 'skip' } : null;
}

/**
 * Detects the header.
 * @param texts paragraph texts in order (link markers included)
 */
export function detectHeader(texts: string[]): Header {
  const header: Header = { title: null, titleAt: null, author: null, date: null, standfirst: null, captions: [], bodyStart: texts.length };
  const limit = Math.min(texts.length, MAX_HEADER);
  const slotsAt = (i: number) => (i < limit ? headerSlots(texts[i]!, true) : null);
  for (let i = 0; i < limit; i++) {
    const text = texts[i]!;
    const slots = headerSlots(text, header.title !== null);
    if (slots) {
      for (const slot of slots) {
        if (slot.kind === 'author') header.author ??= slot.author;
        if (slot.kind === 'date' && (!header.date || (header.date.label === 'updated' && slot.date.label !== 'updated'))) header.date = slot.date;
      }
      continue;
    }
    if (furnitureKind(text)) continue;
    if (isCaption(text)) {
      header.captions.push(i);
      continue;
    }
    const opening = header.title === null && header.standfirst === null;
    // A one- to three-word label above a longer headline (a section name or kicker).
    const next = texts[i + 1];
    if (opening && wordCount(text) <= 3 && !SENTENCE_END.test(text) && next !== undefined && isHeadline(next) && wordCount(next) >= 4) continue;
    if (opening && isHeadline(text)) {
      header.title = text;
      header.titleAt = i;
      continue;
    }
    const started = header.title !== null || header.author !== null || header.date !== null;
    if (started && header.standfirst === null) {
      // A dek may end in a full stop when the byline or date line still follows it.
      const bylineFollows = [i + 1, i + 2].some((j) => slotsAt(j)?.some((s) => s.kind !== 'skip'));
      if (isStandfirstShape(text) || (bylineFollows && wordCount(text) <= 70)) {
        header.standfirst = i;
        continue;
      }
    }
    header.bodyStart = i;
    return header;
  }
  header.bodyStart = limit;
  return header;
}
