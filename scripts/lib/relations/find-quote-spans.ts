/**
 * Finds quotation spans in one paragraph: curly and straight double quotes, and single
 * quotes only where they cannot be apostrophes. A span still open at the end of the
 * paragraph is reported as unclosed, because news style leaves the closing mark off a
 * quotation that continues in the next paragraph.
 */

/** One quotation inside a paragraph. Content is `text.slice(start, end)`. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the first character after the opening mark. */
  start: number;
  /** End of the content: the closing mark's index, or the trimmed paragraph end when unclosed. */
  end: number;
  /** Index of the closing mark, or null when the quotation runs to the end of the paragraph. */
  close: number | null;
  mark: 'double' | 'single';
}

const CURLY_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const CURLY_CLOSE = new Set(['\u201D', '\u00BB']);
const BEFORE_OPENER = /[\s([{\u2014\u2013\-/\u201C"]/;
const AFTER_CLOSER = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Returns every quotation span of `text`, in order of their opening marks. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = findDoubleSpans(text);
  return [...doubles, ...findSingleSpans(text, doubles)].sort((a, b) => a.open - b.open);
}

function findDoubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  const openSpan = (i: number) => {
    openAt = i;
  };
  const closeSpan = (i: number, closed: boolean) => {
    spans.push({ open: openAt, start: openAt + 1, end: closed ? i : trimEnd(text, i), close: closed ? i : null, mark: 'double' });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (CURLY_OPEN.has(c)) {
      if (openAt >= 0) closeSpan(i, false);
      openSpan(i);
    } else if (CURLY_CLOSE.has(c)) {
      if (openAt >= 0) closeSpan(i, true);
    } else if (c === '"') {
      const opener = (i === 0 || BEFORE_OPENER.test(text[i - 1]!)) && i + 1 < text.length && !/\s/.test(text[i + 1]!);
      const closer = i > 0 && !/\s/.test(text[i - 1]!) && (i + 1 === text.length || AFTER_CLOSER.test(text[i + 1]!));
      if (openAt < 0) {
        if (opener || !closer) openSpan(i);
      } else if (opener && !closer && i > openAt + 1) {
        // A second opener before any closer: the first quotation was left unclosed.
        closeSpan(i, false);
        openSpan(i);
      } else {
        closeSpan(i, true);
      }
    }
  }
  if (openAt >= 0) closeSpan(text.length, false);
  return spans.filter((s) => s.end > s.start);
}

function findSingleSpans(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close ?? d.end));
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const isOpener =
      (c === '\u2018' || c === "'") &&
      (i === 0 || BEFORE_OPENER.test(text[i - 1]!)) &&
      i + 1 < text.length &&
      WORD_CHAR.test(text[i + 1]!) &&
      !insideDouble(i);
    if (!isOpener) {
      i++;
      continue;
    }
    const close = findSingleCloser(text, i + 1, doubles);
    if (close !== null) {
      spans.push({ open: i, start: i + 1, end: close, close, mark: 'single' });
      i = close + 1;
    } else if (text.slice(0, i).trim() === '') {
      // Only a paragraph that opens with the mark may run on unclosed (multi-paragraph quotation).
      spans.push({ open: i, start: i + 1, end: trimEnd(text, text.length), close: null, mark: 'single' });
      break;
    } else {
      i++;
    }
  }
  return spans;
}

/** The closing single mark for an opener, preferring one that does not look like a plural possessive (`parents' rights`). */
function findSingleCloser(text: string, from: number, doubles: QuoteSpan[]): number | null {
  let possessive: number | null = null;
  for (let j = from; j < text.length; j++) {
    const c = text[j]!;
    if (doubles.some((d) => d.open === j)) break;
    if (c !== '\u2019' && c !== "'") continue;
    if (/\s/.test(text[j - 1]!)) continue;
    const next = text[j + 1];
    if (next !== undefined && WORD_CHAR.test(next)) continue;
    const looksPossessive = text[j - 1] === 's' && next === ' ' && /[a-z]/.test(text[j + 2] ?? '');
    if (!looksPossessive) return j;
    possessive ??= j;
  }
  return possessive;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
