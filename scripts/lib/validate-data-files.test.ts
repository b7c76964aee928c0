import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDataFiles, type DataFileName } from './validate-data-files.ts';

function data(overrides: Partial<Record<DataFileName, unknown>> = {}): Record<DataFileName, unknown> {
  return {
    articles: [],
    people: [],
    organisations: [],
    dates: [],
    quotes: [
      // Keys out of schema order: the written text follows the schema, as Zod returns it.
      { text: 'We will appeal', id: 'story-q1', speaker: 'ana-lopez', speakerKind: 'person', article: 'story', paragraph: 2, span: 1 },
      { id: 'story-q2', speaker: 'ana-lopez', speakerKind: 'person', article: 'story', paragraph: 4, span: 2, text: 'Nothing changed' },
    ],
    figures: [],
    permalinks: [{ id: 'ana-lopez', kind: 'person', current: 'ana-lopez' }],
    ...overrides,
  };
}

describe('validateDataFiles', () => {
  it('writes each file as JSON.stringify(validated, null, 1) does, in schema key order', () => {
    const { files } = validateDataFiles(data());
    const quotes = (data().quotes as Record<string, unknown>[]).map(({ id, speaker, speakerKind, article, paragraph, span, text }) => ({ id, speaker, speakerKind, article, paragraph, span, text }));
    assert.equal(files.get('quotes.json')?.join(''), `${JSON.stringify(quotes, null, 1)}\n`);
    assert.equal(files.get('people.json')?.join(''), '[]\n');
    assert.deepEqual([...files.keys()], ['articles.json', 'people.json', 'organisations.json', 'dates.json', 'quotes.json', 'figures.json', 'permalinks.json']);
  });

  it('gives a long file in pieces whose concatenation is the whole JSON array', () => {
    const permalinks = Array.from({ length: 2500 }, (_, i) => ({ id: `p-${i}`, kind: 'person', current: `p-${i}` }));
    const pieces = validateDataFiles(data({ permalinks })).files.get('permalinks.json')!;
    assert.ok(pieces.length > 2);
    assert.equal(pieces.join(''), `${JSON.stringify(permalinks, null, 1)}\n`);
  });

  it('hands each piece to `take` as soon as it is made, in order, and keeps none itself', () => {
    const taken = new Map<string, string>();
    const permalinks = Array.from({ length: 2000 }, (_, i) => ({ id: `p-${i}`, kind: 'person', current: `p-${i}` }));
    let pieces = 0;
    const { files } = validateDataFiles(data({ permalinks }), new Set(), (name, piece) => {
      pieces++;
      taken.set(name, (taken.get(name) ?? '') + piece);
    });
    assert.equal(files.size, 0);
    assert.ok(pieces > 7, 'permalinks.json comes in more than one piece');
    assert.deepEqual([...taken], [...validateDataFiles(data({ permalinks })).files].map(([name, p]) => [name, p.join('')]));
    assert.equal(taken.get('permalinks.json'), `${JSON.stringify(permalinks, null, 1)}\n`);
  });

  it('names the file, entry index and field of an invalid entry', () => {
    const bad = data({ permalinks: [{ id: 'a', kind: 'person', current: 'a' }, { id: 'b', kind: 'place', current: 'b' }] });
    assert.throws(() => validateDataFiles(bad), /data\/permalinks\.json: \[1\]\.kind/);
  });

  it('gives the same files and digests when the digests of an earlier run are passed back', () => {
    const first = validateDataFiles(data());
    const again = validateDataFiles(data(), first.valid);
    assert.deepEqual([...again.files], [...first.files]);
    assert.deepEqual([...again.digests], [...first.digests]);
    assert.deepEqual([...again.valid].sort(), [...first.valid].sort());
  });

  it('validates an entry again when its text is not among the known digests', () => {
    const { valid } = validateDataFiles(data());
    const changed = data({ permalinks: [{ id: 'ana-lopez', kind: 'person', current: 'Not A Slug?' }, { id: 'x', kind: 'robot', current: 'x' }] });
    assert.throws(() => validateDataFiles(changed, valid), /permalinks\.json: \[1\]\.kind/);
  });

  it('changes a file digest when one entry changes, and only that file', () => {
    const first = validateDataFiles(data());
    const edited = validateDataFiles(data({ permalinks: [{ id: 'ana-lopez', kind: 'person', current: 'ana-lopez-2' }] }), first.valid);
    assert.notEqual(edited.digests.get('permalinks.json'), first.digests.get('permalinks.json'));
    assert.equal(edited.digests.get('quotes.json'), first.digests.get('quotes.json'));
  });
});
