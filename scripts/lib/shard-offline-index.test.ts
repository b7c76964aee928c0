import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOfflineIndex } from './build-offline-index.ts';
import { indexInput } from './index-input-fixture.ts';
import { evaluateOfflineIndex, evaluateShard, loadOfflineEngine, searchShards } from './load-offline-engine.ts';
import { serializeManifest, serializeShard, shardOfflineIndex, type ShardFile, type TermShard } from './shard-offline-index.ts';

const engine = loadOfflineEngine();
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const entry = indexInput;

const index = buildOfflineIndex(
  [
    entry('articles/a.html', 'article', 'Harbour ferry-fare rise angers islanders', 'The ferry operator raised fares on the island route. Islanders said ferry-fares hurt children and child-protection budgets.', { date: '2020-03-01', publication: 'Island Post' }),
    entry('articles/b.html', 'article', 'Council child protection review', 'The council reviewed child protection and children’s services after the harbour inquiry. FerryCo declined to comment.', { date: '2021-07-12', publication: 'Coast Times' }),
    entry('articles/c.html', 'article', 'Libraries reopen', 'Libraries, librarians and a library bus return to the islands in 2021.', { date: '2021-09-30', publication: 'Island Post' }),
    entry('organisations/ferryco.html', 'organisation', 'FerryCo', 'Operator of the island ferries.', { names: 'Ferry Company; FCo' }),
    entry('people/mara-quill.html', 'person', 'Mara Quill', 'Harbour master; quoted on fares.', { names: 'M. Quill' }),
    entry('dates/2021.html', 'date', '2021', 'Year.', { date: '2021' }),
  ],
  { positions: (t) => plain(engine.positions(t)) },
);
// Tiny shards, so queries cross shard edges and compound groups span shards.
const { manifest, shards } = shardOfflineIndex(index, { termShardChars: 60, pageShardSize: 2 });
const files = new Map<string, ShardFile['data']>([...shards()].map((s) => [s.key, s.data]));
const load = (key: string) => files.get(key)!;

describe('shardOfflineIndex', () => {
  it('cuts the words into many consecutive runs that together are the whole list', () => {
    const runs = manifest.shards.termIds.map((_, s) => load(`t${s}`) as TermShard);
    assert.ok(runs.length > 5, `${runs.length} word shards`);
    assert.deepEqual(runs.flatMap((r) => r.terms), index.terms);
    assert.deepEqual(runs.map((r) => r.terms[0]), manifest.shards.terms);
  });

  it('puts each compound group into the shard of every one of its words', () => {
    const runs = manifest.shards.termIds.map((_, s) => load(`t${s}`) as TermShard);
    index.groups.forEach((group, g) => {
      for (const id of group.slice(2)) {
        const run = runs.find((r) => id >= r.firstId && id < r.firstId + r.terms.length)!;
        assert.ok(run.groups.some((x) => x[0] === g), `group ${g} with word ${index.terms[id]}`);
      }
    });
  });

  it('ranks every query from the shards it loads exactly as from the whole index', () => {
    const queries = ['ferry', 'fer', 'ferries', 'fares', 'child', 'child protection', 'children', 'harbour fares', 'islanders', 'lib', 'librarianship', 'quill', 'fco', '2021', 'zebra', 'ferryco', 'island ferry', 'islandmen', 'childrenswear', 'quillpen', 'harbourside', 'operators'];
    // Words that extend no indexed word fall back to their longest indexed prefix, often in an earlier shard.
    queries.push(...index.terms.filter((t) => /^[a-z]{3,}$/.test(t)).map((t) => `${t}qz`));
    for (const q of queries) {
      for (const options of [undefined, { sort: 'date-desc' }, { filters: { kind: 'article', year: '2021' } }]) {
        const whole = plain(engine.search(index, q, options)).map((r) => [r.url, r.score]);
        const sharded = plain(searchShards(engine, manifest, load, q, options).results).map((r) => [r.url, r.score]);
        assert.deepEqual(sharded, whole, `${q} ${JSON.stringify(options)}`);
      }
    }
  });

  it('loads only the word shards of the query and the page shards of its results', () => {
    const { loaded, results } = searchShards(engine, manifest, load, 'quill');
    const wordShards = loaded.filter((k) => k.startsWith('t'));
    assert.ok(wordShards.length < manifest.shards.terms.length / 2, loaded.join(' '));
    assert.deepEqual(plain(results).map((r) => r.url), ['people/mara-quill.html']);
    assert.deepEqual(loaded.filter((k) => k.startsWith('p')), ['p2']);
  });
});

describe('serializeManifest and serializeShard', () => {
  it('write classic scripts that define the same data and cannot close a script element', () => {
    const tricky = buildOfflineIndex([entry('a.html', 'article', '</script><b>', 'x')], { positions: (t) => plain(engine.positions(t)) });
    const cut = shardOfflineIndex(tricky);
    const manifestSource = serializeManifest(cut.manifest);
    assert.deepEqual(plain(evaluateOfflineIndex(manifestSource)), cut.manifest);
    for (const shard of cut.shards()) {
      const source = serializeShard(shard);
      assert.ok(!source.includes('</script>'));
      assert.deepEqual(plain(evaluateShard(source)), { [shard.key]: shard.data });
    }
  });
});
