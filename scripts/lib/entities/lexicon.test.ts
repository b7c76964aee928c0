import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldWord, isAgentNoun, isCommonWord, isDemonym, isFirstName, isFunctionWord, isKnownOrganisation, isKnownPlace, isPersonNoun } from './lexicon.ts';

describe('lexicon look-ups', () => {
  test('fold accents so accented given names are found', () => {
    assert.equal(foldWord('José'), 'jose');
    assert.equal(isFirstName('José'), true);
    assert.equal(isFirstName('Okafor'), false);
  });

  test('know places and listed organisations', () => {
    assert.equal(isKnownPlace('Staffordshire'), true);
    assert.equal(isKnownOrganisation('Goldman Sachs'), true);
  });

  test('tell function words from names', () => {
    assert.equal(isFunctionWord('However'), true);
    assert.equal(isFunctionWord('Currently'), true);
    assert.equal(isFunctionWord('Kathy'), false);
  });
});

describe('isCommonWord', () => {
  test('uses the lexicon, the article and suffixes', () => {
    assert.equal(isCommonWord('Ministers', new Set()), true);
    assert.equal(isCommonWord('Proposals', new Set(['proposals'])), true);
    assert.equal(isCommonWord('Privatisation', new Set()), true);
    assert.equal(isCommonWord('Serco', new Set()), false);
    assert.equal(isCommonWord('CrimeStoppers', new Set()), false);
    // Adjectives the lexicon lacks, by their endings; names with like endings stay names.
    for (const word of ['Economic', 'Medical', 'Parliamentary', 'Environmental', 'Judicial', 'Strategic', 'Municipal'])
      assert.equal(isCommonWord(word, new Set()), true, word);
    for (const word of ['Petrovic', 'Dominic', 'Rosemary', 'Nathaniel', 'Marshall'])
      assert.equal(isCommonWord(word, new Set()), false, word);
  });
});

describe('isPersonNoun and isAgentNoun', () => {
  test('know job nouns the lexicon lacks', () => {
    assert.equal(isPersonNoun('Hydrologist'), true);
    assert.equal(isPersonNoun('promoter'), true);
    assert.equal(isAgentNoun('administrator'), true);
    assert.equal(isAgentNoun('oyster'), false);
  });


  test('reads -ves plurals of ordinary nouns as ordinary words', () => {
    assert.equal(isCommonWord('Housewives', new Set()), true);
    assert.equal(isCommonWord('Bookshelves', new Set()), true);
    assert.equal(isCommonWord('Reeves', new Set()), false);
  });
});

describe('isDemonym for languages', () => {
  test('treats language names like demonyms', () => {
    for (const word of ['Gaelic', 'Afrikaans', 'Māori', 'Cantonese']) assert.equal(isDemonym(word), true, word);
    assert.equal(isDemonym('Gallagher'), false);
  });
});
