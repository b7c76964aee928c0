/**
 * Text normalisation shared by every scorer, so that typography never decides a match:
 * Unicode NFKC, curly quotes made straight, runs of whitespace collapsed, case folded.
 * @see /work/shared/eval/README.md (the scoring rules)
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** Folds typography only: NFKC, straight quotes, single spaces, trimmed. Case is kept. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text for containment and prefix tests (quotes, body snippets, titles): typography folded, lower case. */
export function normaliseText(text: string): string {
  return foldTypography(text).toLowerCase();
}

/**
 * Name form for entity matching: `normaliseText`, then a leading "the " and a trailing "'s" removed,
 * so "The Guardian" = "Guardian" and "Barnardo's" = "Barnardo".
 */
export function normaliseName(name: string): string {
  return normaliseText(name).replace(/^the /, '').replace(/'s$/, '').trim();
}

/** Strips opening quotation marks, ellipses and dashes a quotation may start with. */
export function quoteStart(text: string): string {
  return normaliseText(text).replace(/^(?:["'\s]|\.\.\.|\u2026|[-\u2013\u2014])+/, '');
}
