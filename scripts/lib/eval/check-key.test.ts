import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkKey } from './check-key.ts';
import { testKey } from './test-key.ts';

const text = `Council sells depot

By Ann Lee

The council has agreed to sell the depot, Barsetshire County Council (BCC) said on Tuesday.
Council leader Mary Oduya – Cllr Oduya to
colleagues – said: “This is the right deal for the town.” Oduya smiled.

Sign up to our newsletter`;

describe('checkKey', () => {
  it('passes a key whose every surface form is in the text, across line wraps and curly quotes', () => {
    assert.deepEqual(checkKey(testKey(), text).problems, []);
  });
  it('reports an alias that is not in the text, and one that differs only in case', () => {
    const key = testKey({ people: [{ name: 'Mary Oduya', aliases: ['Mary Oduya', 'Mrs Oduya', 'mary oduya'], optional: false, roles: [] }] });
    assert.deepEqual(checkKey(key, text).problems.slice(0, 2), [
      'person alias not in text: "Mrs Oduya"',
      'person alias not in text (only with different case): "mary oduya"',
    ]);
  });
  it('requires whole words for aliases, so "BC" is not found inside "BCC"', () => {
    const key = testKey({ organisations: [{ name: 'B', aliases: ['BC'], optional: false, roles: [] }] });
    assert.deepEqual(checkKey(key, text).problems, ['organisation alias not in text: "BC"']);
  });
  it('reports quotes whose speaker is not a key entry, and aliases shared by two entries', () => {
    const key = testKey({
      quotes: [{ speaker: 'Mary', starts: 'This is the right deal' }],
      organisations: [
        { name: 'BCC', aliases: ['BCC'], optional: false, roles: [] },
        { name: 'Barsetshire County Council', aliases: ['BCC'], optional: false, roles: [] },
      ],
    });
    assert.deepEqual(checkKey(key, text).problems, [
      'alias "BCC" is used by BCC and Barsetshire County Council',
      'quote speaker "Mary" is not a key entry name',
    ]);
  });
  it('finds an alias interrupted by a scraped link target', () => {
    const key = testKey({ organisations: [{ name: 'Children England', aliases: ['Children England'], optional: false, roles: [] }] });
    assert.deepEqual(checkKey(key, `${text}\nChildren <https://example.org/ce> England`).problems, []);
  });
  it('hints at capitalised words inside sentences that no entry covers', () => {
    assert.deepEqual(checkKey(testKey(), `${text}\n\nShe met the mayor of Umbridge.`).hints, ['Umbridge']);
  });
});
