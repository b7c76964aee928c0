import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inCreditLine } from './credit-lines.ts';
import { candidateIn } from './test-context.ts';

describe('inCreditLine', () => {
  test('finds the outlet initials and the shouted photographer of a picture credit', () => {
    const text = 'Stallholders queue at dawn. TNP PHOTO: KELVIN ONG JUN HAO';
    assert.equal(inCreditLine(candidateIn(text, 'TNP PHOTO')), true);
    assert.equal(inCreditLine(candidateIn(text, 'KELVIN ONG')), true);
    assert.equal(inCreditLine(candidateIn(text, 'HAO')), true);
  });

  test('leaves capitals outside a credit and mixed-case names alone', () => {
    assert.equal(inCreditLine(candidateIn('The NHS said the PHOTO booth had gone.', 'NHS')), false);
    assert.equal(inCreditLine(candidateIn('A stall in Bedok. Photo: Kelvin Ong', 'Kelvin Ong')), false);
  });
});
