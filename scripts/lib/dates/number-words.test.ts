import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberWord, scaleOf } from './number-words.ts';

describe('numberWord', () => {
  it('reads digits with thousands separators and decimals', () => {
    assert.equal(numberWord('8,363'), 8363);
    assert.equal(numberWord('2.5'), 2.5);
    assert.equal(numberWord('1,30'), null);
  });

  it('reads numbers written in words below a hundred', () => {
    assert.equal(numberWord('two'), 2);
    assert.equal(numberWord('Thirty-seven'), 37);
    assert.equal(numberWord('forty'), 40);
    assert.equal(numberWord('several'), null);
  });

  it('knows scale words', () => {
    assert.equal(scaleOf('bn'), 1e9);
    assert.equal(scaleOf('million'), 1e6);
    assert.equal(scaleOf(undefined), 1);
  });
});
