import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreBody } from './score-body.ts';
import { testKey } from './test-key.ts';

const key = testKey({}, { body_starts: 'The council’s  plan', boilerplate: ['Subscribe', 'Photo: Jo Bloggs'] });
const passed = (full: string, running: string) =>
  scoreBody(key.article, { ok: true, full, running }).map((c) => [c.check, c.passed]);

describe('scoreBody', () => {
  it('finds body_starts in the body regardless of quotes, spaces and case', () => {
    assert.deepEqual(passed("THE council's plan\nSubscribe", 'the council\'s plan')[0], ['body_starts', true]);
  });
  it('fails a boilerplate snippet left in the running body, but not one only in a caption', () => {
    assert.deepEqual(passed('The council’s plan\nPhoto: Jo Bloggs\nSubscribe', 'The council’s plan\nSubscribe'), [
      ['body_starts', true],
      ['boilerplate', false],
      ['boilerplate', true],
    ]);
  });
  it('does not find a boilerplate word inside a longer word', () => {
    assert.deepEqual(passed('x', 'The council has 3,000 subscribers')[1], ['boilerplate', true]);
  });
  it('fails every check when there is no page', () => {
    assert.deepEqual(scoreBody(key.article, null).map((c) => [c.passed, c.unreadable]), [[false, true], [false, true], [false, true]]);
    assert.deepEqual(scoreBody(key.article, { ok: false, error: 'x' }).map((c) => c.unreadable), [true, true, true]);
  });
});
