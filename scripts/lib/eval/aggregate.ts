/**
 * Micro-averaged totals over articles: counts are summed first, then precision, recall
 * and F1 are computed once per type. Metadata fields and body checks become accuracies.
 */
import { METADATA_FIELDS } from './score-metadata.ts';
import { SET_TYPES, type ArticleResult } from './score-article.ts';

/** One table row. `precision`/`recall`/`f1` are null when undefined (nothing extracted / nothing expected). */
export interface SetTotal {
  type: string;
  tp: number;
  fp: number;
  fn: number;
  absorbed: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Share of scored checks that passed. */
export interface CheckTotal {
  check: string;
  passed: number;
  total: number;
  accuracy: number | null;
}

/** All totals of a run. */
export interface Totals {
  articles: number;
  sets: SetTotal[];
  checks: CheckTotal[];
}

/**
 * Sums per-article results.
 * @param results one result per scored article
 */
export function aggregate(results: readonly ArticleResult[]): Totals {
  const sets = SET_TYPES.map((type) => {
    const sum = { tp: 0, fp: 0, fn: 0, absorbed: 0 };
    for (const r of results) {
      const s = r.sets[type];
      sum.tp += s.tp;
      sum.fp += s.fp;
      sum.fn += s.fn;
      sum.absorbed += s.absorbed;
    }
    return { type, ...sum, ...prf(sum.tp, sum.fp, sum.fn) };
  });
  const metadata = METADATA_FIELDS.map((field) => {
    const scored = results.flatMap((r) => r.metadata.filter((m) => m.field === field && m.status !== 'unscored'));
    return check(field, scored.filter((m) => m.status === 'correct').length, scored.length);
  });
  const body = (['body_starts', 'boilerplate'] as const).map((kind) => {
    const checks = results.flatMap((r) => r.body.filter((b) => b.check === kind));
    return check(kind, checks.filter((b) => b.passed).length, checks.length);
  });
  return { articles: results.length, sets, checks: [...metadata, ...body] };
}

/**
 * Precision, recall and F1 from counts.
 * @returns nulls where a ratio has a zero denominator
 */
export function prf(tp: number, fp: number, fn: number): Pick<SetTotal, 'precision' | 'recall' | 'f1'> {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  // 2tp / (2tp + fp + fn) equals the harmonic mean and stays defined when one ratio is not.
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null;
  return { precision, recall, f1 };
}

function check(name: string, passed: number, total: number): CheckTotal {
  return { check: name, passed, total, accuracy: total > 0 ? passed / total : null };
}
