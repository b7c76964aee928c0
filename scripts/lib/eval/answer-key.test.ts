import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnswerKey } from './answer-key.ts';

const minimal = {
  file: 'x.txt',
  article: { title: null, publication: null, author: null, published: null, published_inferred: null, body_starts: 'Start' },
  people: [{ name: 'A B', aliases: ['A B'] }],
  organisations: [],
  dates: [],
};

describe('parseAnswerKey', () => {
  it('fills documented defaults (optional false, empty lists)', () => {
    const parsed = parseAnswerKey(minimal, 'x.json');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.key.people[0], { name: 'A B', aliases: ['A B'], optional: false, roles: [] });
    assert.deepEqual([parsed.key.quotes, parsed.key.article.boilerplate, parsed.key.article.comments], [[], [], []]);
  });
  it('names the file, the field path and the problem', () => {
    const parsed = parseAnswerKey({ ...minimal, dates: [{ text: 'May', iso: '2014-5' }] }, 'x.json');
    assert.deepEqual(parsed, { ok: false, error: 'Invalid answer key x.json:\n  dates.0.iso: expected YYYY, YYYY-MM or YYYY-MM-DD' });
  });
});
