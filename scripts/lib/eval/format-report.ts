/**
 * The human-readable report: the totals tables, then each article's misses and false
 * positives, one line per type, with nothing printed for what is right.
 */
import type { CheckTotal, SetTotal, Totals } from './aggregate.ts';
import type { ArticleResult } from './score-article.ts';

const BONUS = new Set(['quotes', 'quote-text', 'roles', 'comments']);

/**
 * Renders the totals as two aligned tables.
 * @param totals the run's totals (from `aggregate`)
 */
export function formatTotals(totals: Totals): string {
  const setRows = totals.sets.map((s: SetTotal) => [
    BONUS.has(s.type) ? `${s.type}*` : s.type,
    String(s.tp),
    String(s.fp),
    String(s.fn),
    String(s.absorbed),
    ratio(s.precision),
    ratio(s.recall),
    ratio(s.f1),
  ]);
  const checkRows = totals.checks.map((c: CheckTotal) => [c.check, String(c.passed), String(c.total), ratio(c.accuracy)]);
  return [
    table(['type', 'tp', 'fp', 'fn', 'opt', 'precision', 'recall', 'f1'], setRows),
    '* bonus line; opt = extractions matched to optional key entries (neither right nor wrong)',
    '',
    table(['check', 'passed', 'of', 'accuracy'], checkRows),
  ].join('\n');
}

/**
 * Renders one article's errors; an article with none gets a single line.
 * @param result the article's result (from `scoreArticle`)
 */
export function formatArticle(result: ArticleResult): string {
  const head = `${result.file}${result.id ? ` → ${result.id}` : ''}`;
  const lines: string[] = [];
  for (const problem of result.problems) lines.push(row('problem', problem));
  if (result.id === null) {
    const { people, organisations, dates } = result.sets;
    const missed = `${people.fn} people, ${organisations.fn} organisations, ${dates.fn} dates`;
    return [head, ...lines, row('', `all counted as missed: ${missed}, every metadata and body check`)].join('\n');
  }
  const unreadable = result.body.filter((b) => b.unreadable).length;
  if (unreadable > 0) lines.push(row('body', `${unreadable} check(s) failed: no readable page`));
  for (const [type, scored] of Object.entries(result.sets)) {
    if (scored.misses.length > 0) lines.push(row(type, `missed  ${scored.misses.join(' · ')}`));
    if (scored.falsePositives.length > 0) lines.push(row(type, `false   ${scored.falsePositives.join(' · ')}`));
  }
  for (const m of result.metadata) {
    if (m.status === 'missing') lines.push(row(m.field, `missing (key: ${show(m.key)})`));
    if (m.status === 'wrong') lines.push(row(m.field, `wrong   ${show(m.extracted)} (key: ${show(m.key)})`));
    if (m.status === 'unscored' && m.extracted !== null) lines.push(row(m.field, `note    ${show(m.extracted)} (key has none; not scored)`));
  }
  for (const b of result.body) {
    if (b.passed || b.unreadable) continue;
    lines.push(row(b.check, b.check === 'body_starts' ? `not in body  ${show(b.snippet)}` : `in running body  ${show(b.snippet)}`));
  }
  return lines.length === 0 ? `${head}: all correct` : [head, ...lines].join('\n');
}

function row(label: string, text: string): string {
  return `  ${label.padEnd(13)} ${text}`;
}

function show(value: string | null): string {
  return value === null ? 'none' : JSON.stringify(value);
}

function ratio(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}
