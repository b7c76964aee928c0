import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutGraph, selectGraph, type GraphEntity } from './cooccurrence-graph.ts';

const e = (id: string, kind: GraphEntity['kind'], articles: number, cooccurs: GraphEntity['cooccurs'] = []): GraphEntity => ({ id, kind, name: id.toUpperCase(), articles, mentions: articles, cooccurs });
const entities = [
  e('ann', 'person', 5, [{ id: 'acme', kind: 'organisation', count: 3 }, { id: 'bob', kind: 'person', count: 1 }, { id: 'zed', kind: 'person', count: 1 }]),
  e('acme', 'organisation', 4, [{ id: 'ann', kind: 'person', count: 3 }]),
  e('bob', 'person', 2, [{ id: 'ann', kind: 'person', count: 1 }]),
  e('zed', 'person', 1, [{ id: 'ann', kind: 'person', count: 1 }]),
];

describe('selectGraph', () => {
  it('keeps the entities in the most articles and only edges between them, once each', () => {
    const g = selectGraph(entities, 3);
    assert.deepEqual(g.nodes.map((n) => n.id), ['ann', 'acme', 'bob']);
    assert.deepEqual(g.edges, [
      { a: 'organisation:acme', b: 'person:ann', count: 3 },
      { a: 'person:ann', b: 'person:bob', count: 1 },
    ]);
  });
  it('drops the weakest edges beyond the limit and counts them', () => {
    const g = selectGraph(entities, 4, 1);
    assert.equal(g.edges.length, 1);
    assert.equal(g.hiddenEdges, 2);
  });
});

describe('layoutGraph', () => {
  it('puts the first node at the top of the circle and scales lines by count', () => {
    const layout = layoutGraph(selectGraph(entities, 3), 900, 640);
    const top = layout.nodes[0]!;
    assert.equal(top.id, 'ann');
    assert.equal(top.x, 450);
    assert.ok(top.y < 320);
    assert.equal(top.anchor, 'middle');
    const [strong, weak] = layout.edges;
    assert.ok(strong!.width > weak!.width);
  });
  it('shortens long labels but keeps the full name', () => {
    const long = e('long', 'organisation', 1);
    long.name = 'National Association of Something Very Long Indeed';
    const node = layoutGraph(selectGraph([long], 1)).nodes[0]!;
    assert.equal(node.name, long.name);
    assert.ok(node.label.endsWith('…') && node.label.length <= 28);
  });
});
