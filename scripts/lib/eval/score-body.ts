/**
 * Body checks: the body contains the key's `body_starts`, and the running body
 * (outside captions, credits and comments) contains none of the key's `boilerplate`.
 */
import type { KeyArticle } from './answer-key.ts';
import type { BodyTextResult } from './body-text.ts';
import { normaliseText } from './normalise.ts';

/** One check's outcome. */
export interface BodyCheck {
  check: 'body_starts' | 'boilerplate';
  snippet: string;
  passed: boolean;
  /** True when the check failed because there is no readable page, not because of its snippet. */
  unreadable: boolean;
}

/**
 * Runs the body checks; every check fails when there is no page or it does not parse.
 * @param key the key's `article` block
 * @param body the page's texts (from `bodyText`), or null when no page was written
 */
export function scoreBody(key: KeyArticle, body: BodyTextResult | null): BodyCheck[] {
  const readable = body?.ok === true ? body : null;
  const full = readable ? normaliseText(readable.full) : '';
  const running = readable ? normaliseText(readable.running) : '';
  const starts = normaliseText(key.body_starts);
  const unreadable = readable === null;
  return [
    { check: 'body_starts', snippet: key.body_starts, passed: !unreadable && full.includes(starts), unreadable },
    ...key.boilerplate.map((snippet) => ({
      check: 'boilerplate' as const,
      snippet,
      passed: !unreadable && !containsPhrase(running, normaliseText(snippet)),
      unreadable,
    })),
  ];
}

/** Whole-word containment, so a boilerplate "Subscribe" is not found inside "subscribers". */
function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + phrase.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
