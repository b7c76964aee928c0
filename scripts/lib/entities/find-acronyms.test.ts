import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAcronymDefinitions, findLowerCaseDefinitions, isAcronym, matchesInitials, matchesLoosely, matchesSyllables } from './find-acronyms.ts';
import { tokenizeSegment } from './tokenize-segment.ts';

describe('isAcronym', () => {
  test('accepts capitals, digits and one lower-case letter in short words', () => {
    for (const word of ['ADCS', 'DfE', 'G4S', 'RTÉ', 'PwC']) assert.equal(isAcronym(word), true, word);
  });

  test('rejects ordinary and camel-case names', () => {
    for (const word of ['Ofsted', 'LaingBuisson', 'McDonald', 'A', 'iPhone']) assert.equal(isAcronym(word), false, word);
  });
});

describe('matchesInitials', () => {
  test('lets function words give a letter or be skipped', () => {
    assert.equal(matchesInitials('DfE', ['Department', 'for', 'Education']), true);
    assert.equal(matchesInitials('DHS', ['Department', 'of', 'Homeland', 'Security']), true);
    assert.equal(matchesInitials('FDA', ['Food', 'and', 'Drug', 'Administration']), true);
  });

  test('allows a trailing "and X" to be left out', () => {
    assert.equal(matchesInitials('CDC', ['Centers', 'for', 'Disease', 'Control', 'and', 'Prevention']), true);
  });

  test('requires every content word to give its letter', () => {
    assert.equal(matchesInitials('DE', ['Department', 'for', 'Education', 'Reform']), false);
    assert.equal(matchesInitials('BBC', ['Kingston', 'University']), false);
  });
});

describe('findAcronymDefinitions', () => {
  const define = (text: string) => findAcronymDefinitions(text, tokenizeSegment(text)).map((d) => [d.name, d.acronym, text.slice(d.nameStart, d.nameEnd)]);

  test('finds the name before a bracketed acronym, possessives and commas included', () => {
    assert.deepEqual(define("the Association of Directors of Children’s Services (ADCS) says"), [
      ['Association of Directors of Children’s Services', 'ADCS', 'Association of Directors of Children’s Services'],
    ]);
    assert.deepEqual(define('by the Department for Levelling Up, Housing and Communities (DLUHC), had')[0]?.[0], 'Department for Levelling Up, Housing and Communities');
  });

  test('never starts the name with "The"', () => {
    assert.deepEqual(define('The Education Endowment Foundation (EEF) says')[0]?.[0], 'Education Endowment Foundation');
  });

  test('finds a bracketed name after an acronym', () => {
    assert.deepEqual(define('the CMA (Competition and Markets Authority) said')[0]?.slice(0, 2), ['Competition and Markets Authority', 'CMA']);
  });

  test('finds a title-case acronym defined in brackets', () => {
    assert.deepEqual(define('The Irish Air Line Pilots’ Association (Ialpa), part of')[0]?.slice(0, 2), ['Irish Air Line Pilots’ Association', 'Ialpa']);
  });

  test('ignores brackets whose letters do not match', () => {
    assert.deepEqual(define('WASHINGTON (AP) — Federal advisers'), []);
  });


  test('lets a long acronym take the first letters of a word', () => {
    assert.equal(matchesInitials('ZIMRA', ['Zimbabwe', 'Revenue', 'Authority']), true);
    assert.equal(matchesInitials('ZIMRA', ['Zambia', 'Revenue', 'Authority']), false);
    assert.equal(matchesInitials('TANESCO', ['Tanzania', 'Electric', 'Supply', 'Company']), true);
    assert.deepEqual(findAcronymDefinitions('the Kenya Power Transmission Company (KEPTCO) said', tokenizeSegment('the Kenya Power Transmission Company (KEPTCO) said')).map((d) => d.name), ['Kenya Power Transmission Company']);
    assert.equal(matchesInitials('NUM', ['National', 'Unity', 'Movement', 'Party']), false);
  });
});

describe('syllable acronyms', () => {
  test('match a capitalised syllable to the opening of each content word', () => {
    assert.equal(matchesSyllables('PharmSoc', ['Pharmaceutical', 'Society']), true);
    assert.equal(matchesSyllables('ComReg', ['Commission', 'for', 'Communications', 'Regulation']), true);
    assert.equal(matchesSyllables('SFI', ['State', 'said', 'the', 'funding', 'Ireland']), false);
  });

  test('are found as definitions in brackets', () => {
    const text = 'The Pharmaceutical Society (PharmSoc) said';
    assert.deepEqual(findAcronymDefinitions(text, tokenizeSegment(text)).map((d) => [d.acronym, d.name]), [['PharmSoc', 'Pharmaceutical Society']]);
  });
});

describe('loose acronyms', () => {
  const defined = (text: string) => findAcronymDefinitions(text, tokenizeSegment(text)).map((d) => [d.name, d.acronym]);

  test('accepts letters taken from inside the words of a body\'s name', () => {
    assert.equal(matchesLoosely('PSX', ['Pakistan', 'Stock', 'Exchange']), true);
    assert.equal(matchesLoosely('SC', ['Securities', 'Commission', 'Malaysia']), true);
  });

  test('needs a body\'s head word and the first letter of the first word', () => {
    assert.equal(matchesLoosely('PSX', ['Pakistan', 'Stock', 'Market']), false);
    assert.equal(matchesLoosely('XSE', ['Pakistan', 'Stock', 'Exchange']), false);
  });

  test('defines the acronym for the whole capitalised run before the bracket', () => {
    assert.deepEqual(defined('Shares fell on the Pakistan Stock Exchange (PSX) on Friday.'), [['Pakistan Stock Exchange', 'PSX']]);
    assert.deepEqual(defined('The Ghana Meteorological Agency (GMet) said so.'), [['Ghana Meteorological Agency', 'GMet']]);
  });

  test('reads lower-case words only after a leading Romance head', () => {
    assert.deepEqual(defined('the Confédération des syndicats nationaux (CSN) said'), [['Confédération des syndicats nationaux', 'CSN']]);
    assert.deepEqual(defined('workers in the garment sector (GS) said'), []);
  });
});

describe('findLowerCaseDefinitions', () => {
  const lower = (text: string) => findLowerCaseDefinitions(text, tokenizeSegment(text));

  test('finds acronyms spelled out by a phrase in lower case: measures and schemes', () => {
    assert.deepEqual(lower('delayed transfers of care (DToC) have barely moved, and the improved Better Care Fund (iBCF) ends'), ['DToC', 'iBCF']);
    assert.deepEqual(lower('a rise in deprivation of liberty safeguards (DoLS) applications'), ['DoLS']);
  });

  test('leaves kinds of bodies and capitalised names alone', () => {
    assert.deepEqual(lower('officials at the clinical commissioning group (CCG) and the multi-academy trust (MAT)'), []);
    assert.deepEqual(lower('the Local Government Association (LGA) and the chief executive of the Regional Growth Board (RGB)'), []);
  });
});
