/**
 * The calendar behind the date pages: one node per day, month and year that the data
 * names, plus every month and year above them, linked up, down and sideways.
 */

export type Precision = 'day' | 'month' | 'year';

/** A date entity as this module needs it. */
export interface DateInput {
  iso: string;
  /** Mentions of exactly this date. */
  mentions: number;
}

/** An article as this module needs it. */
export interface DatedArticle {
  id: string;
  published: string | null;
}

export interface DateNode {
  iso: string;
  precision: Precision;
  /** Month of a day, year of a month, null for a year. */
  parent: string | null;
  /** Months of a year, days of a month, in order. */
  children: string[];
  /** Mentions of exactly this date. */
  mentions: number;
  /** Mentions of this date and every date inside it. */
  mentionsWithin: number;
  /** Articles published on this date or inside it (a month page lists the month's articles), by date then id. */
  published: string[];
  /** True when the data names this date; false for months and years built only to hold others. */
  named: boolean;
  /** Neighbours at the same precision. */
  previous: string | null;
  next: string | null;
}

/** `2014-06-20` -> `day`. */
export function precisionOf(iso: string): Precision {
  return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** The date and its ancestors: `2014-06-20` -> [`2014-06-20`, `2014-06`, `2014`]. */
export function withAncestors(iso: string): string[] {
  const out = [iso];
  if (iso.length > 7) out.push(iso.slice(0, 7));
  if (iso.length > 4) out.push(iso.slice(0, 4));
  return out;
}

/** Builds every date node, sorted by ISO string (years before their months before their days). */
export function buildDateTree(dates: readonly DateInput[], articles: readonly DatedArticle[]): DateNode[] {
  const nodes = new Map<string, DateNode>();
  const node = (iso: string): DateNode => {
    let n = nodes.get(iso);
    if (!n) {
      const precision = precisionOf(iso);
      n = { iso, precision, parent: withAncestors(iso)[1] ?? null, children: [], mentions: 0, mentionsWithin: 0, published: [], named: false, previous: null, next: null };
      nodes.set(iso, n);
    }
    return n;
  };
  for (const d of dates) {
    const own = node(d.iso);
    own.named = true;
    own.mentions += d.mentions;
    for (const iso of withAncestors(d.iso)) node(iso).mentionsWithin += d.mentions;
  }
  const dated = articles
    .filter((a): a is DatedArticle & { published: string } => a.published !== null)
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1));
  for (const a of dated) {
    node(a.published).named = true;
    for (const iso of withAncestors(a.published)) node(iso).published.push(a.id);
  }
  const sorted = [...nodes.values()].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const last: Partial<Record<Precision, DateNode>> = {};
  for (const n of sorted) {
    if (n.parent) nodes.get(n.parent)!.children.push(n.iso);
    const prev = last[n.precision];
    if (prev) {
      prev.next = n.iso;
      n.previous = prev.iso;
    }
    last[n.precision] = n;
  }
  return sorted;
}
