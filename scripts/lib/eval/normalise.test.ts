import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldTypography, normaliseName, normaliseText, quoteStart } from './normalise.ts';

describe('foldTypography', () => {
  it('straightens curly quotes, collapses whitespace and keeps case', () => {
    assert.equal(foldTypography('  Children\u2019s \n\t “Services”  '), 'Children\'s "Services"');
  });
  it('applies NFKC so ligatures and full-width letters compare equal', () => {
    assert.equal(foldTypography('\uFB01nance \uFF21'), 'finance A');
  });
});

describe('normaliseText', () => {
  it('folds case on top of typography', () => {
    assert.equal(normaliseText('The  ADCS Says'), 'the adcs says');
  });
});

describe('normaliseName', () => {
  it('removes a leading "the" and a trailing possessive', () => {
    assert.equal(normaliseName('The Guardian'), 'guardian');
    assert.equal(normaliseName('Barnardo’s'), 'barnardo');
  });
  it('keeps "the" inside a name and an "s" that is not possessive', () => {
    assert.equal(normaliseName('House of the Lords'), 'house of the lords');
    assert.equal(normaliseName('Serco plc'), 'serco plc');
  });
  it('keeps diacritics, so different letters stay different names', () => {
    assert.notEqual(normaliseName('Zoë Ångström'), normaliseName('Zoe Angstrom'));
    assert.equal(normaliseName('Zoe\u0308'), normaliseName('Zoë'));
  });
});

describe('quoteStart', () => {
  it('drops opening quotation marks, ellipses and dashes', () => {
    assert.equal(quoteStart('“…and we will act'), 'and we will act');
    assert.equal(quoteStart("'— Not now"), 'not now');
  });
});
