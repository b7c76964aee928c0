/**
 * Finds a reader-comment thread after the article ("3 Responses to …", "Comments",
 * numbered "1. Gerald June 5, 2014 at 11:37 am #" entries, "Jane says:" + date lines,
 * "Posted by X on <date>") and splits it into comments.
 */
import type { DateOrder } from './date-order.ts';
import { findDates, parseDateLine } from './find-date.ts';
import { furnitureKind } from './strip-furniture.ts';

/** One comment: who and when as printed, and the paragraphs (indices) of its text. */
export interface ParsedComment {
  author: string;
  dateText: string | null;
  date: string | null;
  /** Index of the paragraph holding the author and date. */
  meta: number;
  paras: number[];
}

/** A thread: where it starts (its heading or first comment) and its comments. */
export interface CommentThread {
  start: number;
  comments: ParsedComment[];
}

interface Meta {
  author: string;
  dateText: string | null;
  date: string | null;
  /** The next paragraph (a date line) belongs to this meta line. */
  takesNext: boolean;
  /** Could not be a dated sentence or footer of the article, so it may start a thread without a heading. */
  strong: boolean;
}

const HEADING = /^(?:\d+\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:to|on)\s+.+)?|comments?(?:\s*\(\d+\))?|reader comments|readers'? comments|your comments|what (?:readers|you) (?:say|said|think)|discussion|conversation|\d+\s+comments? so far)\s*:?$/iu;
const COMMENT_UI = /^(?:reply(?: ↓)?|click to rate|rating\s+-?\d+|report(?: this)?(?: abuse| comment)?(?:\s+score:\s*-?\d+)?|score:\s*-?\d+|like|likes?|\d+ likes?|recommend|permalink|log ?in to reply|cancel reply|share|flag|edit|delete|vote up|vote down|up|down|\d+ points?|loading\.{0,3}|your email address will not be published\b.*|required fields are marked.*|(?:name|email|website|comment|mail)\s*\*?(?:\s*\(required\))?|post comment|submit comment|notify me of .*|save my name.*)$/iu;
const CLOSE_THREAD = /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|comments are closed)\.?$/iu;
const RELATIVE = /\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\s+ago\b|\b(?:just now|yesterday|today)\b/iu;
const TRAILER = /[\s#|•·\-–—:,]*(?:(?:said|says|wrote|writes|commented)\s*(?::|\.{3}|…)?|reply|permalink|link)?[\s#|•·\-–—:,]*$/iu;
const SAYS = /^(.+?)\s+(?:said|says|wrote|writes|commented)\s*(?::|\.{3}|…)?$/iu;
const POSTED_BY = /^(?:posted|comment(?:ed)?|submitted|written)\s+by\s+(.+?)\s+(?:on|at|\|)\s+(.+)$/iu;

/** A date line without a year, as comment systems print recent dates: "Mar 7", "7 March". */
const MONTH_DAY = /^(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A year-less month and day dated by the article's own date: a comment is written on or after
 * the article, so a day earlier in the year than it falls in the next year.
 */
function yearlessDate(line: string, published: string | null): { iso: string; text: string } | null {
  const match = MONTH_DAY.exec(line.trim());
  const ref = published === null ? null : /^(\d{4})-(\d\d)-(\d\d)$/u.exec(published);
  if (!match || !ref) return null;
  const month = MONTHS.indexOf((match[1] ?? match[4]!).slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? match[3]);
  if (day < 1 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const sameYear = `${ref[1]}-${pad(month)}-${pad(day)}`;
  const iso = sameYear < published! ? `${Number(ref[1]) + 1}-${pad(month)}-${pad(day)}` : sameYear;
  return { iso, text: line.trim() };
}

const STOP = /^(?:the|a|an|of|to|in|on|and|that|this|it|he|she|they|we|i|you|his|her|their|our|said|says|was|is|be)$/iu;

/**
 * @param raw the author part of a comment's meta line
 * @param handle also accept an all-lower-case handle of up to three words ("mark t", "tired social worker"),
 *   for lines whose marker ("says:", a timestamp with a time) already shows they are comment meta
 */
function cleanAuthor(raw: string, handle = false): string | null {
  const author = raw.replace(/^\d{1,4}[.)]\s+/u, '').replace(/[\s|•·\-–—:,]+$/u, '').replace(/\s+(?:on|at)$/iu, '').trim();
  const words = author.split(/\s+/u).length;
  if (author === '' || words > 7 || author.length > 60) return null;
  if (/[.!?]$/u.test(author.replace(/\b\p{Lu}\.$/u, '')) || /[“”"]/u.test(author)) return null;
  if (/\s(?:the|a|an|of|to|in|on|and|that|said|says)$/iu.test(author) || furnitureKind(author)) return null;
  // A handle is one token; a longer name is capitalised ("Dan, Completely Care Ltd"), unlike "Report published".
  const tokens = author.split(/\s+/u);
  const lowerHandle = handle && tokens.length <= 3 && tokens.every((t) => /^[\p{Ll}\p{N}_.@-]+$/u.test(t) && !STOP.test(t));
  if (tokens.length > 1 && !lowerHandle && !tokens.every((t) => /^[\p{Lu}\p{N}@(]/u.test(t) || /^(?:van|von|de|der|da|di|du|la|le|bin|al|of|and|&)$/u.test(t))) return null;
  return /^[\p{L}\p{N}@_]/u.test(author) ? author : null;
}

/**
 * Reads a comment's author/date line.
 * @param text the paragraph
 * @param next the following paragraph, which may be the date line of a "Jane says:" entry
 */
export function parseCommentMeta(text: string, next: string | undefined, order: DateOrder | null = null, published: string | null = null): Meta | null {
  const value = text.trim();
  if (value.length > 140) return null;
  const says = SAYS.exec(value);
  if (says) {
    const date = findDates(says[1]!, order).pop();
    const nextDate = next === undefined ? null : parseDateLine(next, order);
    const author = cleanAuthor(date ? says[1]!.slice(0, date.start).replace(/\s+on$/iu, '') : says[1]!, date !== undefined || nextDate !== null);
    if (!author) return null;
    if (date) return { author, dateText: date.text, date: date.iso, takesNext: false, strong: true };
    return nextDate ? { author, dateText: nextDate.text, date: nextDate.iso, takesNext: true, strong: true } : { author, dateText: null, date: null, takesNext: false, strong: false };
  }
  const posted = POSTED_BY.exec(value);
  if (posted) {
    const author = cleanAuthor(posted[1]!);
    const date = findDates(posted[2]!, order)[0];
    if (author) return { author, dateText: date?.text ?? posted[2]!.trim(), date: date?.iso ?? null, takesNext: false, strong: false };
  }
  const date = findDates(value, order).pop();
  if (date && TRAILER.test(value.slice(date.end)) && TRAILER.exec(value.slice(date.end))![0].length === value.length - date.end) {
    // A timestamp with a time, or a permalink/reply marker after it, is how comment systems print; a bare date is not enough.
    const marked = /\d[:.]\d\d|\d\s*[ap]\.?m\b/iu.test(date.text) || /\S/u.test(value.slice(date.end));
    const author = cleanAuthor(value.slice(0, date.start).replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s*$/iu, ''), marked);
    if (author) return { author, dateText: date.text, date: date.iso, takesNext: false, strong: marked };
  }
  // Digits rule a line out ("5 comments"), except inside a one-word handle ("carer_dad77").
  const digits = /\d/u.test(value) && !/^\p{L}[\p{L}\p{N}_.-]*$/u.test(value);
  const nextDate = next === undefined || digits ? null : (parseDateLine(next, order) ?? yearlessDate(next, published));
  if (nextDate && value.split(/\s+/u).length <= 4 && !/[,;:]/u.test(value)) {
    const author = cleanAuthor(value, /\d[:.]\d\d|\d\s*[ap]\.?m\b/iu.test(nextDate.text));
    if (author) return { author, dateText: nextDate.text, date: nextDate.iso, takesNext: true, strong: false };
  }
  const relative = RELATIVE.exec(value);
  if (relative && relative.index + relative[0].length === value.replace(TRAILER, '').length) {
    const head = value.slice(0, relative.index);
    if (/[|•·\-–—]\s*$/u.test(head)) {
      const author = cleanAuthor(head, true);
      if (author) return { author, dateText: relative[0], date: null, takesNext: false, strong: true };
    }
    // "bigal1966, Stockport, United Kingdom, 3 years ago": the commenter, where they live, when.
    const [who, ...places] = head.replace(/,\s*$/u, '').split(/,\s*/u);
    if (/,\s*$/u.test(head) && places.length >= 1 && places.length <= 3 && places.every((p) => /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(p))) {
      const author = cleanAuthor(who!, true);
      if (author) return { author, dateText: relative[0], date: null, takesNext: false, strong: true };
    }
  }
  return null;
}

/**
 * Finds the comment thread in paragraphs `from` onwards, or null when there is none.
 * A heading alone is not a thread: at least one author/date line must follow it.
 * @param texts paragraph texts in order
 * @param from index of the first body paragraph
 * @param published the article's date (YYYY-MM-DD), which dates comment lines printed without a year ("Mar 7")
 */
export function findCommentThread(texts: string[], from: number, order: DateOrder | null = null, published: string | null = null): CommentThread | null {
  let start = -1;
  for (let i = from; i < texts.length && start < 0; i++) {
    const meta = parseCommentMeta(texts[i]!, texts[i + 1], order, published);
    if (meta?.strong) start = i;
    else if (HEADING.test(texts[i]!.trim())) {
      for (let j = i + 1; j < Math.min(texts.length, i + 5); j++) if (parseCommentMeta(texts[j]!, texts[j + 1], order, published)) start = i;
    }
  }
  if (start < 0) return null;

  const comments: ParsedComment[] = [];
  let current: ParsedComment | null = null;
  for (let i = start; i < texts.length; i++) {
    const text = texts[i]!.trim();
    const meta = parseCommentMeta(text, texts[i + 1], order, published);
    if (meta) {
      current = { author: meta.author, dateText: meta.dateText, date: meta.date, meta: i, paras: [] };
      comments.push(current);
      if (meta.takesNext) i++;
    } else if (CLOSE_THREAD.test(text) || HEADING.test(text) || furnitureKind(text) === 'section') current = null;
    else if (current && !COMMENT_UI.test(text) && !furnitureKind(text)) current.paras.push(i);
  }
  return { start, comments: comments.filter((c) => c.paras.length > 0).map(trailingDate(texts, order)) };
}

/** Blogger-style threads print the date after the comment text: move it to the comment's date. */
function trailingDate(texts: string[], order: DateOrder | null) {
  return (comment: ParsedComment): ParsedComment => {
    const lastIndex = comment.paras[comment.paras.length - 1]!;
    const date = comment.dateText === null && comment.paras.length > 1 ? parseDateLine(texts[lastIndex]!, order) : null;
    if (!date) return comment;
    return { ...comment, dateText: date.text, date: date.iso, paras: comment.paras.slice(0, -1) };
  };
}
