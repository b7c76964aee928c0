import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDataFiles } from '../validate-data-files.ts';
import { fieldOf, mergeEntries, ReusedEntry, splitEntries } from './merge-entries.ts';

/** A data file exactly as ingest prints it (validateDataFiles' format). */
const printed = (entries: unknown[]) => Buffer.from(`${JSON.stringify(entries, null, 1)}\n`);
const figure = (article: string, n: number, text = `£${n}m`) => ({ id: `${article}-f${n}`, article, paragraph: n, text, kind: 'money', value: n * 1e6, sentence: `It costs ${text}, with "quotes" and\\slashes.` });
const texts = (entries: (object | ReusedEntry)[]) => entries.map((e) => (e instanceof ReusedEntry ? `kept ${e.entries}` : JSON.stringify(e)));

describe('splitEntries', () => {
  it('gives back each entry exactly as printed, nested objects and all', () => {
    const entries = [{ id: 'a', roles: [{ article: 'x', paragraph: 1 }], mentions: [] }, { id: 'b "quoted" }', roles: [], nested: { deep: { deeper: [1, 2] } } }, { id: 'c' }];
    const split = splitEntries(printed(entries));
    assert.deepEqual(
      split.map((b) => b.toString()),
      entries.map((e) => JSON.stringify([e], null, 1).slice(2, -2)),
    );
  });

  it('reads an empty file as no entries and refuses text ingest did not print', () => {
    assert.deepEqual(splitEntries(Buffer.from('[]\n')), []);
    assert.throws(() => splitEntries(Buffer.from('[{"id":"a"}]')), /not a data file/);
    assert.throws(() => splitEntries(printed([{ id: 'a' }]).subarray(0, -1)), /not a data file/);
  });
});

describe('fieldOf', () => {
  it('reads a field of the entry itself, not the same field of a nested value', () => {
    const [entry] = splitEntries(printed([{ roles: [{ article: 'nested' }], article: 'own', id: 'x' }]));
    assert.equal(fieldOf(entry!, 'article'), 'own');
  });

  it('decodes escapes and non-ASCII text', () => {
    const [entry] = splitEntries(printed([{ id: 'caf\u00e9 "q" \\ \u2014' }]));
    assert.equal(fieldOf(entry!, 'id'), 'caf\u00e9 "q" \\ \u2014');
  });
});

describe('mergeEntries', () => {
  const earlier = [figure('a', 1), figure('a', 2), figure('c', 1), figure('d', 1), figure('f', 1)];
  const file = printed(earlier);

  it('keeps the groups no change reached as runs of the earlier bytes, and puts fresh groups in order', () => {
    const fresh = [figure('b', 1), figure('c', 1, '£9m'), figure('e', 1)];
    const merged = mergeEntries(splitEntries(file), 'article', new Set(['b', 'c', 'e']), fresh, (f) => f.article);
    assert.deepEqual(texts(merged), ['kept 2', JSON.stringify(fresh[0]), JSON.stringify(fresh[1]), 'kept 1', JSON.stringify(fresh[2]), 'kept 1']);
  });

  it('drops a dirty group that has no fresh entries', () => {
    const merged = mergeEntries(splitEntries(file), 'article', new Set(['d']), [], (f: { article: string }) => f.article);
    assert.deepEqual(texts(merged), ['kept 3', 'kept 1']);
  });

  it('prints, through validateDataFiles, the same bytes as a file built whole', () => {
    const after = [figure('a', 1), figure('a', 2), figure('b', 1), figure('c', 1, '£9m'), figure('f', 1)];
    const fresh = [after[2]!, after[3]!];
    const merged = mergeEntries(splitEntries(file), 'article', new Set(['b', 'c', 'd']), fresh, (f) => f.article);
    const empty = { articles: [], people: [], organisations: [], dates: [], quotes: [], permalinks: [] };
    const patched = validateDataFiles({ ...empty, figures: merged });
    const whole = validateDataFiles({ ...empty, figures: after });
    assert.equal(patched.files.get('figures.json')!.join(''), printed(after).toString());
    assert.equal(patched.digests.get('figures.json'), whole.digests.get('figures.json'));
  });
});
