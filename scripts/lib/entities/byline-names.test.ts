import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bylineNames } from './byline-names.ts';

describe('bylineNames', () => {
  test('splits several authors and drops "By"', () => {
    assert.deepEqual(bylineNames('By Maria Delgado and Tom Whitfield'), ['Maria Delgado', 'Tom Whitfield']);
    assert.deepEqual(bylineNames('Ann Lee, Bo Chan & Cy Diaz'), ['Ann Lee', 'Bo Chan', 'Cy Diaz']);
  });

  test('drops job titles, places and honorifics', () => {
    assert.deepEqual(bylineNames('Hannah Whitlock, Local Democracy Reporter'), ['Hannah Whitlock']);
    assert.deepEqual(bylineNames('Dan Milmo Global technology editor'), ['Dan Milmo']);
    assert.deepEqual(bylineNames('Jennifer Rankin in Brussels'), ['Jennifer Rankin']);
    assert.deepEqual(bylineNames('Ms Aoife McCarthy-Byrne'), ['Aoife McCarthy-Byrne']);
  });

  test('finds no person in agency and staff bylines', () => {
    assert.deepEqual(bylineNames('Staff and agencies'), []);
    assert.deepEqual(bylineNames('Reuters'), []);
    assert.deepEqual(bylineNames(null), []);
  });

  test('keeps a desk title joined by "and" out of the name', () => {
    assert.deepEqual(bylineNames('By James Gallagher Health and science correspondent'), ['James Gallagher']);
    assert.deepEqual(bylineNames('Vikram Dodd Police and crime correspondent'), ['Vikram Dodd']);
  });
});

describe('bylineNames with slashes', () => {
  test('reads the name before an agency and an update time set off by slashes', () => {
    assert.deepEqual(bylineNames('Rohan Deshpande / PTI / Updated: 4 May 2025, 10:15 IST'), ['Rohan Deshpande']);
  });

  test('keeps names with particles and double-barrelled surnames', () => {
    assert.deepEqual(bylineNames('By Anneke van der Berg and Tui Ngata-Brennan'), ['Anneke van der Berg', 'Tui Ngata-Brennan']);
  });
});
