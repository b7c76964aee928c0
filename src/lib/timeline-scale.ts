/**
 * Coordinates for the visual timeline: one horizontal axis over the years the data
 * covers, with days as dots, months and years as bars, on two rows (dates the text
 * mentions; dates articles were published).
 */

export interface TimelinePoint {
  iso: string;
  /** Mentions of exactly this date. */
  mentions: number;
  /** Articles published on exactly this date. */
  published: number;
}

export interface TimelineMark {
  iso: string;
  row: 'mentions' | 'published';
  /** Left edge (bars) or centre (days). */
  x: number;
  /** 0 for a day (drawn as a dot), else the bar width. */
  width: number;
  count: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Left edge of the plot (row labels sit to its left). */
  left: number;
  /** Bands of one year each, or of 2, 5, 10… years when single years would be too narrow to label. */
  years: { year: number; x: number; width: number }[];
  /** First and last year shown. */
  span: [number, number];
  marks: TimelineMark[];
  rows: { mentions: number; published: number };
}

const DAY = 86_400_000;

function bounds(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const t = Date.UTC(y, m - 1, d);
  return [t, t + DAY];
}

/** Lays out the points over whole years; returns null when there are none. */
export function layoutTimeline(points: readonly TimelinePoint[], width = 800, left = 110): TimelineLayout | null {
  if (points.length === 0) return null;
  const years = points.map((p) => Number(p.iso.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const t0 = Date.UTC(first, 0, 1);
  const t1 = Date.UTC(last + 1, 0, 1);
  const plot = width - left - 10;
  const x = (t: number) => Math.round((left + ((t - t0) / (t1 - t0)) * plot) * 10) / 10;
  // A band per year while a label fits (about 40 units); else per 2, 5, 10, 20, 50… years, on round years.
  const perYear = plot / (last - first + 1);
  const step = [1, 2, 5].flatMap((n) => [1, 10, 100, 1000].map((k) => n * k)).sort((a, b) => a - b).find((n) => n * perYear >= 40) ?? 10_000;
  // Band edges on round years; a first band too short to label (1999 before 2000) joins the next.
  const edges = [first];
  for (let y = first - (((first % step) + step) % step) + step; y <= last; y += step) edges.push(y);
  if (step > 1 && edges.length > 1 && (edges[1]! - first) * perYear < 40) edges.splice(1, 1);
  const yearBands = edges.map((from, i) => {
    const a = x(Date.UTC(from, 0, 1));
    return { year: from, x: a, width: Math.round((x(Date.UTC(edges[i + 1] ?? last + 1, 0, 1)) - a) * 10) / 10 };
  });
  const marks: TimelineMark[] = [];
  const sorted = [...points].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  for (const p of sorted) {
    const [start, end] = bounds(p.iso);
    const isDay = p.iso.length === 10;
    const mark = { iso: p.iso, x: isDay ? x(start + DAY / 2) : x(start), width: isDay ? 0 : Math.max(2, Math.round((x(end) - x(start)) * 10) / 10) };
    if (p.mentions > 0) marks.push({ ...mark, row: 'mentions', count: p.mentions });
    if (p.published > 0) marks.push({ ...mark, row: 'published', count: p.published });
  }
  return { width, height: 130, left, years: yearBands, span: [first, last], marks, rows: { mentions: 45, published: 85 } };
}
