/**
 * Test and development support: compares extracted quotes and roles with expected ones
 * and reports matches, misses and extras (one-to-one, greedy in expected order).
 */
import type { LocalQuote, LocalRole } from '../types.ts';

/** An expected quotation: speaker name and the first words. */
export interface ExpectedQuote {
  speaker: string;
  starts: string;
  span?: number;
}

/** An expected role; `title` is matched case-insensitively, `organisation` exactly. */
export interface ExpectedRole {
  person: string;
  title: string;
  organisation: string | null;
}

/** Counts and readable lists of a comparison. */
export interface Comparison {
  tp: number;
  misses: string[];
  extras: string[];
}

/** Folds typography and case, and drops opening quote marks and dots, as the eval scorer does. */
export function foldQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:["'\s]|\.\.\.|\u2026|[-\u2013\u2014])+/, '');
}

/** Matches quotes by speaker and opening words (and span when expected gives one). */
export function compareQuotes(expected: readonly ExpectedQuote[], got: readonly LocalQuote[]): Comparison {
  const used = new Set<number>();
  const misses: string[] = [];
  for (const e of expected) {
    const start = foldQuote(e.starts);
    const i = got.findIndex((q, j) => !used.has(j) && q.speaker === e.speaker && foldQuote(q.text).startsWith(start) && (e.span === undefined || e.span === q.span));
    if (i >= 0) used.add(i);
    else misses.push(`${e.speaker}: “${e.starts}”${e.span ? ` (span ${e.span})` : ''}`);
  }
  const extras = got.filter((_, j) => !used.has(j)).map((q) => `${q.speaker}: “${q.text.slice(0, 40)}” (span ${q.span})`);
  return { tp: used.size, misses, extras };
}

/**
 * Matches roles. `exact`: same title (any case) and organisation; `contained`: the extracted
 * title lies inside the expected title text (the eval scorer's rule for free-text key roles).
 */
export function compareRoles(expected: readonly ExpectedRole[], got: readonly LocalRole[], mode: 'exact' | 'contained'): Comparison {
  const used = new Set<number>();
  const misses: string[] = [];
  const fold = (s: string) => foldQuote(s);
  for (const e of expected) {
    const i = got.findIndex(
      (r, j) =>
        !used.has(j) &&
        r.person === e.person &&
        (mode === 'exact' ? fold(r.title) === fold(e.title) && r.organisation === e.organisation : fold(e.title).includes(fold(r.title))),
    );
    if (i >= 0) used.add(i);
    else misses.push(`${e.person}: ${e.title}${e.organisation ? ` (${e.organisation})` : ''}`);
  }
  const extras = got.filter((_, j) => !used.has(j)).map((r) => `${r.person}: ${r.title}${r.organisation ? ` (${r.organisation})` : ''}`);
  return { tp: used.size, misses, extras };
}
