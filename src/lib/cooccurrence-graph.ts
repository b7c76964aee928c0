/**
 * The co-occurrence picture: the most-mentioned people and organisations on a circle,
 * joined by lines as thick as the number of articles they share. Computed at build
 * time as plain coordinates for a static SVG.
 */

export type GraphKind = 'person' | 'organisation';

/** An entity as the graph needs it. */
export interface GraphEntity {
  id: string;
  kind: GraphKind;
  name: string;
  /** Articles that mention it. */
  articles: number;
  /** Mentions in all articles. */
  mentions: number;
  /** Co-occurring entities with shared-article counts (the data files' `cooccurs`). */
  cooccurs: readonly { id: string; kind: GraphKind; count: number }[];
}

export interface GraphNode {
  id: string;
  kind: GraphKind;
  name: string;
  /** `name`, shortened for the picture when long. */
  label: string;
  articles: number;
  x: number;
  y: number;
  r: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface GraphEdge {
  a: string;
  b: string;
  count: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Edges left out of the picture (weakest first), so the picture stays readable. */
  hiddenEdges: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const key = (kind: string, id: string) => `${kind}:${id}`;
const round = (n: number) => Math.round(n * 10) / 10;
/** Longest label drawn in full (about 180px at 12px). */
const LABEL_MAX = 28;

/**
 * Picks the `limit` entities in the most articles (then most mentions, then id) and the
 * strongest `maxEdges` edges between them, strongest first; `hiddenEdges` counts the rest.
 */
export function selectGraph(
  entities: readonly GraphEntity[],
  limit: number,
  maxEdges = Math.ceil(limit * 2.5),
): { nodes: GraphEntity[]; edges: { a: string; b: string; count: number }[]; hiddenEdges: number } {
  const nodes = [...entities]
    .sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, limit);
  const inGraph = new Set(nodes.map((n) => key(n.kind, n.id)));
  const edges = new Map<string, { a: string; b: string; count: number }>();
  for (const n of nodes) {
    for (const c of n.cooccurs) {
      const a = key(n.kind, n.id);
      const b = key(c.kind, c.id);
      if (a === b || !inGraph.has(b)) continue;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const k = `${lo}|${hi}`;
      const prev = edges.get(k);
      // Each side lists the other (when in its top 20); the counts agree, so keep the larger in case one is capped.
      if (!prev || prev.count < c.count) edges.set(k, { a: lo, b: hi, count: c.count });
    }
  }
  const edgeList = [...edges.values()].sort((x, y) => y.count - x.count || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return { nodes, edges: edgeList.slice(0, maxEdges), hiddenEdges: Math.max(0, edgeList.length - maxEdges) };
}

/**
 * Places the selected entities on a circle (strongest at the top, clockwise) with labels
 * outside it. Node ids in edges are `kind:id`.
 */
export function layoutGraph(selection: ReturnType<typeof selectGraph>, width = 900, height = 640): GraphLayout {
  const { nodes, edges } = selection;
  const cx = width / 2;
  const cy = height / 2;
  // Wider than tall: labels run sideways, so the room for them is at the left and right.
  const radius = Math.min(height / 2 - 40, width / 2 - 190);
  const maxArticles = Math.max(1, ...nodes.map((n) => n.articles));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const placed = new Map<string, GraphNode>();
  nodes.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, nodes.length);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const r = 4 + 8 * Math.sqrt(n.articles / maxArticles);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    placed.set(key(n.kind, n.id), {
      id: n.id,
      kind: n.kind,
      name: n.name,
      label: n.name.length > LABEL_MAX ? `${n.name.slice(0, LABEL_MAX - 1).trimEnd()}…` : n.name,
      articles: n.articles,
      x: round(cx + radius * cos),
      y: round(cy + radius * sin),
      r: round(r),
      labelX: round(cx + (radius + r + 6) * cos),
      labelY: round(cy + (radius + r + 6) * sin + (Math.abs(cos) < 0.2 ? (sin > 0 ? 12 : -4) : 4)),
      anchor,
    });
  });
  const laidEdges = edges.map((e) => {
    const a = placed.get(e.a)!;
    const b = placed.get(e.b)!;
    return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round(1 + (5 * e.count) / maxCount) };
  });
  return { width, height, hiddenEdges: selection.hiddenEdges, nodes: [...placed.values()], edges: laidEdges };
}
