import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { z } from 'astro/zod';
import { cachedMentions, mentionsOf, readMentions } from './entity-mentions.ts';

const Mention = z.object({ article: z.string(), context: z.string() });

const dirs: string[] = [];
after(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

function dataFile(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mentions-'));
  dirs.push(dir);
  const file = path.join(dir, 'people.json');
  writeFileSync(file, text);
  return file;
}

describe('readMentions', () => {
  it('maps each entity id to its mentions in file order, as the schema reads them', () => {
    const file = dataFile(JSON.stringify([
      { id: 'ann-lee', name: 'Ann Lee', mentions: [{ article: 'a', context: 'Ann Lee spoke.', extra: 1 }, { article: 'b', context: 'Lee left.' }] },
      { id: 'bo', name: 'Bo', mentions: [] },
    ]));
    assert.deepEqual([...readMentions(file, Mention)], [['ann-lee', [{ article: 'a', context: 'Ann Lee spoke.' }, { article: 'b', context: 'Lee left.' }]], ['bo', []]]);
  });

  it('names the file and the bad field when it is not JSON or a mention does not fit', () => {
    assert.throws(() => readMentions(dataFile('{oops'), Mention), (e: Error) => e.message.includes('people.json: cannot read mentions'));
    const noContext = dataFile(JSON.stringify([{ id: 'x', mentions: [{ article: 'a' }] }]));
    assert.throws(() => readMentions(noContext, Mention), /people\.json: cannot read mentions: 0\.mentions\.0\.context/);
  });
});

describe('cachedMentions', () => {
  it('reads the file once, and again only after it changes', () => {
    const file = dataFile(JSON.stringify([{ id: 'a', mentions: [{ article: 'x', context: 'One.' }] }]));
    const mentions = cachedMentions(file, Mention);
    const first = mentions();
    assert.equal(mentions(), first);
    writeFileSync(file, JSON.stringify([{ id: 'a', mentions: [{ article: 'x', context: 'Two, longer.' }] }]));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(mentions().get('a'), [{ article: 'x', context: 'Two, longer.' }]);
  });
});

describe('mentionsOf', () => {
  it('gives the mentions of one entity', () => {
    const all = new Map([['ann-lee', [{ text: 'Ann' }, { text: 'Lee' }]]]);
    assert.deepEqual(mentionsOf('people.json', 'ann-lee', 2, all), [{ text: 'Ann' }, { text: 'Lee' }]);
    assert.deepEqual(mentionsOf('people.json', 'bo', 0, all), []);
  });

  it('refuses to guess when the file and the collection disagree', () => {
    assert.throws(() => mentionsOf('people.json', 'ann-lee', 1, new Map([['ann-lee', []]])), /people\.json: ann-lee has 0 mentions where the collection has 1/);
    assert.throws(() => mentionsOf('people.json', 'gone', 1, new Map()), /gone has 0 mentions/);
  });
});
