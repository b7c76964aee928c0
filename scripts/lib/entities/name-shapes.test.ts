import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasPersonalNameShape, isDoubleBarrelled, isGaelicLink, isHyphenInitials, isSyllableGivenName } from './name-shapes.ts';
import { tokenizeSegment } from './tokenize-segment.ts';

const shape = (text: string, articleWords: ReadonlySet<string> = new Set()) => hasPersonalNameShape(tokenizeSegment(text), articleWords);

describe('isDoubleBarrelled', () => {
  test('accepts hyphenated surnames of capitalised parts, Mc and O’ included', () => {
    assert.equal(isDoubleBarrelled('Aldous-Kerr'), true);
    assert.equal(isDoubleBarrelled('McAllister-Vane'), true);
    assert.equal(isDoubleBarrelled('O’Rourke-Haldane'), true);
  });

  test('rejects adjectives, codes and all-capital words', () => {
    assert.equal(isDoubleBarrelled('Leeds-based'), false);
    assert.equal(isDoubleBarrelled('COVID-19'), false);
    assert.equal(isDoubleBarrelled('U-Turn'), false);
  });
});

describe('isHyphenInitials', () => {
  test('accepts initials for a double given name, with or without stops', () => {
    assert.equal(isHyphenInitials('J-M'), true);
    assert.equal(isHyphenInitials('A.-L.'), true);
    assert.equal(isHyphenInitials('Jo-Ann'), false);
  });
});

describe('isGaelicLink', () => {
  test('accepts the article and the prefixed name of a Gaelic patronymic only after Mac or Nic', () => {
    const tokens = tokenizeSegment('Seumas Mac an t-Sagairt');
    assert.equal(isGaelicLink(tokens, 2), true);
    assert.equal(isGaelicLink(tokens, 3), true);
    assert.equal(isGaelicLink(tokenizeSegment('Seumas an Rubha'), 1), false);
  });
});

describe('hasPersonalNameShape', () => {
  test('reads a given name before a double-barrelled surname as a person', () => {
    assert.equal(shape('Tui Ngata-Brennan'), true);
    assert.equal(shape('Morag Lyall-Baird'), true);
  });

  test('reads an inner particle or a Gaelic patronymic as a person', () => {
    assert.equal(shape('Riaan du Plooy'), true);
    assert.equal(shape('Nurul binti Hassan'), true);
    assert.equal(shape('Seumas Mac an t-Sagairt'), true);
    assert.equal(shape('M-C de la Fuente'), true);
  });

  test('rejects runs that open with a demonym, title, compass word or ampersand', () => {
    assert.equal(shape('Australian Bowe-Tansey'), false);
    assert.equal(shape('Councillor Ngata-Brennan'), false);
    assert.equal(shape('North Ngata-Brennan'), false);
    assert.equal(shape('Taylor & Hart-Lane'), false);
  });

  test('rejects an opener the article writes in lower case', () => {
    assert.equal(shape('Ferry Ngata-Brennan', new Set(['ferry'])), false);
  });
});

describe('isSyllableGivenName', () => {
  test('accepts two-syllable Korean and Chinese given names joined by a hyphen', () => {
    assert.equal(isSyllableGivenName('Hyun-woo'), true);
    assert.equal(isSyllableGivenName('Ji-hoon'), true);
    assert.equal(isSyllableGivenName('Ing-wen'), true);
  });

  test('rejects hyphenated adjectives and prefixes', () => {
    assert.equal(isSyllableGivenName('Leeds-based'), false);
    assert.equal(isSyllableGivenName('Co-op'), false);
    assert.equal(isSyllableGivenName('Anti-war'), false);
  });

  test('makes a family name and a syllable given name a personal name', () => {
    assert.equal(shape('Park Ji-hoon'), true);
    assert.equal(shape('Hyun-woo Baek'), true);
  });
});
