import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endsCompoundHonorific, looksLikeName, personShortForms, plausibleUnknownName, splitTitledName } from './person-patterns.ts';
import { tokenizeSegment } from './tokenize-segment.ts';

const tokens = (text: string) => tokenizeSegment(text);

describe('looksLikeName', () => {
  test('accepts names with particles, hyphens and diacritics', () => {
    assert.equal(looksLikeName(tokens('Siobhán O’Brien-Mac Aodha'), false), true);
    assert.equal(looksLikeName(tokens('Ursula von der Leyen'), false), true);
  });

  test('accepts a title word as a surname but not before one', () => {
    assert.equal(looksLikeName(tokens('Ollie Pope'), false), true);
    assert.equal(looksLikeName(tokens('Minister Keir Starmer'), false), false);
  });

  test('rejects one word unless allowed, and organisation heads after an unknown first word', () => {
    assert.equal(looksLikeName(tokens('Timpson'), false), false);
    assert.equal(looksLikeName(tokens('Timpson'), true), true);
    assert.equal(looksLikeName(tokens('Calderstone Partners'), false), false);
  });

  test('rejects a name with a foreign preposition inside', () => {
    assert.equal(looksLikeName(tokens('Médecins Sans Frontières'), false), false);
  });
});

describe('splitTitledName', () => {
  const split = (text: string) => {
    const found = splitTitledName(tokens(text), (run) => run.some((t) => t.text === 'Services'));
    return found && [found.prefix.map((t) => t.text).join(' '), found.name.map((t) => t.text).join(' '), found.honorific];
  };

  test('takes job titles and honorifics off the front', () => {
    assert.deepEqual(split('Education Secretary Justine Greening'), ['Education Secretary', 'Justine Greening', null]);
    assert.deepEqual(split('Professor Ray Jones'), ['Professor', 'Ray Jones', 'Professor']);
    assert.deepEqual(split('Mr Timpson'), ['Mr', 'Timpson', 'Mr']);
  });

  test('separates an organisation that runs into a name', () => {
    assert.deepEqual(split('Association of Directors of Children’s Services Alan Wood'), ['Association of Directors of Children Services', 'Alan Wood', null]);
  });

  test('finds nothing in a plain name or organisation', () => {
    assert.equal(split('Kathy Evans'), null);
    assert.equal(split('General Motors'), null);
  });
});

describe('plausibleUnknownName', () => {
  test('accepts unknown non-English names and refuses ordinary words', () => {
    assert.equal(plausibleUnknownName(tokens('Chidi Okafor'), new Set()), true);
    assert.equal(plausibleUnknownName(tokens('Private Companies'), new Set()), false);
  });
});

describe('personShortForms', () => {
  test('lists every surname tail and the given name', () => {
    assert.deepEqual(personShortForms('Julian Le Grand'), { surnames: ['le grand', 'grand'], given: 'julian' });
    assert.deepEqual(personShortForms('Pádraig Ó Súilleabháin').surnames, ['ó súilleabháin', 'súilleabháin']);
  });


  test('does not take a possessive title or a facility head into a name', () => {
    assert.equal(splitTitledName(tokens("King's Fund Scotland"), () => false), null);
    assert.equal(looksLikeName(tokens('Gordon Highway'), false), false);
    assert.equal(looksLikeName(tokens('Damon Hill'), false), true);
  });
});

describe('name forms from many countries', () => {
  test('rejects ordinary words before a title as a job title, not a name', () => {
    assert.equal(looksLikeName(tokens('Operating Officer'), false), false);
    assert.equal(looksLikeName(tokens('Financial Controller'), false), false);
    assert.equal(looksLikeName(tokens('Ollie Pope'), false), true);
  });

  test('rejects names joined by an ampersand and accepts a Gaelic patronymic', () => {
    assert.equal(looksLikeName(tokens('Forest & Bird'), false), false);
    assert.equal(looksLikeName(tokens('Seumas Mac an t-Sagairt'), false), true);
  });

  test('does not read an ordinary word after a word honorific as a surname', () => {
    assert.equal(splitTitledName(tokens('Annual General Meeting'), () => false), null);
    assert.equal(splitTitledName(tokens('the Representative Roll'), () => false), null);
  });

  test('splits a surname that opens with a particle off an honorific', () => {
    const split = splitTitledName(tokens('Ms du Plooy'), () => false);
    assert.deepEqual(split?.name.map((t) => t.text), ['du', 'Plooy']);
    assert.equal(split?.honorific, 'Ms');
  });

  test('treats Madam and Deputy as honorifics before a surname alone', () => {
    assert.equal(splitTitledName(tokens('Madam Rahmah'), () => false)?.honorific, 'Madam');
    assert.deepEqual(splitTitledName(tokens('Deputy Ennis-Rourke'), () => false)?.name.map((t) => t.text), ['Ennis-Rourke']);
  });
});

describe('honorifics from many countries', () => {
  const split = (text: string) => {
    const found = splitTitledName(tokens(text), () => false);
    return found && [found.name.map((t) => t.text).join(' '), found.honorific];
  };

  test('takes Malay, West African and Gulf honorifics off a name', () => {
    assert.deepEqual(split('Datuk Khairul Anuar Mokhtar'), ['Khairul Anuar Mokhtar', 'Datuk']);
    assert.deepEqual(split('Alhaji Issah Mahama Seidu'), ['Issah Mahama Seidu', 'Alhaji']);
    assert.deepEqual(split('Engr. Peter Ole Sankale'), ['Peter Ole Sankale', 'Engr']);
  });

  test('reads "Tan Sri" and "Datuk Seri" as one title, but not "Sri Lanka"', () => {
    assert.deepEqual(split('Tan Sri Lim Chee Keong'), ['Lim Chee Keong', 'Sri']);
    assert.equal(endsCompoundHonorific(tokens('Datuk Seri Anwar'), 1), true);
    assert.equal(endsCompoundHonorific(tokens('Sri Lanka'), 0), false);
  });

  test('leaves a royal name given to a hall, an award or a hospital whole', () => {
    assert.equal(split('Queen Elizabeth Hall'), null);
    assert.equal(split('Queen Elisabeth Competition'), null);
    assert.deepEqual(split('Queen Elizabeth'), ['Elizabeth', 'Queen']);
  });
});
