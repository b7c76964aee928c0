import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cachedMentionContexts, readMentionContexts, withContexts } from './mention-contexts.ts';

function dataFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'contexts-')), 'people.json');
  writeFileSync(file, text);
  return file;
}

describe('readMentionContexts', () => {
  it('maps each entity id to its mention sentences in mention order', () => {
    const file = dataFile(JSON.stringify([
      { id: 'ann-lee', name: 'Ann Lee', mentions: [{ article: 'a', context: 'Ann Lee spoke.' }, { article: 'b', context: 'Lee left.' }] },
      { id: 'bo', name: 'Bo', mentions: [] },
    ]));
    const contexts = readMentionContexts(file);
    assert.deepEqual([...contexts], [['ann-lee', ['Ann Lee spoke.', 'Lee left.']], ['bo', []]]);
  });

  it('names the file when it is not JSON or a mention has no sentence', () => {
    assert.throws(() => readMentionContexts(dataFile('{oops')), (e: Error) => e.message.includes('people.json: cannot read mention sentences'));
    const noContext = dataFile(JSON.stringify([{ id: 'x', mentions: [{ article: 'a' }] }]));
    assert.throws(() => readMentionContexts(noContext), /people\.json: cannot read mention sentences/);
  });
});

describe('cachedMentionContexts', () => {
  it('reads the file once, and again only after it changes', () => {
    const file = dataFile(JSON.stringify([{ id: 'a', mentions: [{ context: 'One.' }] }]));
    const contexts = cachedMentionContexts(file);
    const first = contexts();
    assert.equal(contexts(), first);
    writeFileSync(file, JSON.stringify([{ id: 'a', mentions: [{ context: 'Two, longer.' }] }]));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(contexts().get('a'), ['Two, longer.']);
  });
});

describe('withContexts', () => {
  it('gives each stored mention the sentence at the same position, without changing the mention', () => {
    const stored = [{ article: 'a', text: 'Ann' }, { article: 'b', text: 'Lee' }];
    const joined = withContexts('people.json', 'ann-lee', stored, new Map([['ann-lee', ['One.', 'Two.']]]));
    assert.deepEqual(joined, [{ article: 'a', text: 'Ann', context: 'One.' }, { article: 'b', text: 'Lee', context: 'Two.' }]);
    assert.deepEqual(stored[0], { article: 'a', text: 'Ann' });
  });

  it('refuses to guess when the file and the collection disagree', () => {
    assert.throws(() => withContexts('people.json', 'ann-lee', [{ text: 'Ann' }], new Map([['ann-lee', []]])), /people\.json: ann-lee has 0 mention sentences for 1 mentions/);
    assert.throws(() => withContexts('people.json', 'gone', [{ text: 'Ann' }], new Map()), /gone has 0 mention sentences/);
  });
});
