import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCountryBody, isGenericOrgName, isPlacePhrase, isPortfolioWord, isTeamName, isTitlePhrase, legalCore, orgHeadClass, orgShortForms, talksAboutCouncils } from './org-patterns.ts';

const split = (name: string) => name.split(' ');

describe('orgHeadClass', () => {
  test('classifies by the head word', () => {
    assert.equal(orgHeadClass(split('Harrowgate Foods plc')), 'company');
    assert.equal(orgHeadClass(split('Bristol Rovers')), 'club');
    assert.equal(orgHeadClass(split('Financial Times')), 'publication');
    assert.equal(orgHeadClass(split('Kingston University')), 'org');
  });

  test('reads "Head of X" names and heads followed by a place', () => {
    assert.equal(orgHeadClass(split('House of Lords')), 'org');
    assert.equal(orgHeadClass(split('Trinity College Dublin')), 'org');
    assert.equal(orgHeadClass(split('Freedom of Information')), null);
  });
});

describe('isGenericOrgName', () => {
  test('rejects a bare head and an ordinary word plus a generic head', () => {
    assert.equal(isGenericOrgName(['Council'], new Set()), true);
    assert.equal(isGenericOrgName(split('Social Services'), new Set()), true);
  });

  test('keeps bodies made particular by a demonym, place or name', () => {
    assert.equal(isGenericOrgName(split('Scottish Government'), new Set()), false);
    assert.equal(isGenericOrgName(split('Nuffield Trust'), new Set()), false);
  });
});

describe('isTitlePhrase', () => {
  test('recognises capitalised job titles but not names ending in a title word', () => {
    assert.equal(isTitlePhrase(split('Education Secretary')), true);
    assert.equal(isTitlePhrase(split('Ollie Pope')), false);
    assert.equal(isTitlePhrase(split('Action for Children')), false);
  });
});

describe('isPlacePhrase', () => {
  test('knows places and buildings but not people named like them', () => {
    assert.equal(isPlacePhrase(split('Memorial Stadium')), true);
    assert.equal(isPlacePhrase(split('West Yorkshire')), true);
    assert.equal(isPlacePhrase(split('Mark Wood')), false);
  });
});

describe('orgShortForms', () => {
  test('gives companies their first word and clubs their head word', () => {
    assert.deepEqual(orgShortForms('Harrowgate Foods plc', 'company', new Set()), ['harrowgate foods', 'harrowgate']);
    assert.deepEqual(orgShortForms('Exeter City', 'club', new Set()), ['exeter', 'city']);
  });

  test('drops a publication suffix and keeps universities whole', () => {
    assert.deepEqual(orgShortForms('CYP Now Magazine', 'publication', new Set()), ['cyp now']);
    assert.deepEqual(orgShortForms('Kingston University', 'org', new Set()), []);
  });

  test('gives a club its team name and nickname, and a US body its name without "U.S."', () => {
    assert.deepEqual(orgShortForms('Moss Side Otters Swimming Club', 'org', new Set()), ['moss side otters', 'otters']);
    assert.deepEqual(orgShortForms('U.S. Justice Department', 'org', new Set()), ['justice department']);
  });

  test('gives an NHS trust the name of its hospitals, but not the bare place a trust is named after', () => {
    assert.deepEqual(orgShortForms('Leeds Teaching Hospitals NHS Foundation Trust', 'org', new Set()), ['leeds teaching hospitals']);
    assert.deepEqual(orgShortForms('Bradford NHS Trust', 'org', new Set()), []);
  });

  test('gives a school named after a place of two words or more that place\'s name', () => {
    assert.ok(orgShortForms('Brenchley Vale Academy', 'org', new Set()).includes('brenchley vale'));
    assert.deepEqual(orgShortForms('Harrow School', 'org', new Set()), []);
    assert.ok(!orgShortForms('Thomas Telford School', 'org', new Set()).includes('thomas telford'));
    assert.ok(!orgShortForms('Bobby Robson Foundation Trust', 'org', new Set()).includes('bobby robson'));
  });
});

describe('talksAboutCouncils', () => {
  test('reads lower-case talk of councils, not council names', () => {
    assert.equal(talksAboutCouncils('a demand from local authorities to outsource'), true);
    assert.equal(talksAboutCouncils('of the Spanish National Research Council'), false);
  });
});

describe('isCountryBody', () => {
  test('reads ordinary words before a country as a national body', () => {
    assert.equal(isCountryBody(split('Focus Ireland'), new Set()), true);
    assert.equal(isCountryBody(split('Swim England'), new Set()), true);
    assert.equal(isCountryBody(split('Northern Ireland'), new Set()), false);
    assert.equal(isCountryBody(split('Republic of Ireland'), new Set()), false);
  });
});

describe('isTeamName', () => {
  test('reads a place-like word and a plural nickname as a team', () => {
    assert.equal(isTeamName(split('Worcester Warriors'), new Set()), true);
    assert.equal(isTeamName(split('Kamindu Mendis'), new Set()), false);
    assert.equal(isTeamName(split('Voluntary Sectors'), new Set(['sector'])), false);
  });
});

describe('legalCore', () => {
  test('drops legal suffixes', () => {
    assert.equal(legalCore('BHP Group'), 'BHP');
    assert.equal(legalCore('Nordvind Energi AB'), 'Nordvind Energi');
    assert.equal(legalCore('BBC Studios'), 'BBC Studios');
  });


  test('reads facilities after a given name as places, and portfolio words', () => {
    assert.equal(isPlacePhrase(['Graham', 'Street']), true);
    assert.equal(isPlacePhrase(['Ronnie', 'Wood']), false);
    assert.equal(isPortfolioWord('Agriculture', new Set()), true);
    assert.equal(isPortfolioWord('Roads', new Set()), true);
    assert.equal(isPortfolioWord('Airbus', new Set()), false);
    assert.equal(legalCore('Zambezi Mills (Pvt) Ltd'), 'Zambezi Mills');
  });
});

describe('organisation names from many countries', () => {
  test('classifies clubs by CC and bodies with "at" or "o" after the head', () => {
    assert.equal(orgHeadClass(split('Kirkheaton CC')), 'club');
    assert.equal(orgHeadClass(split('Kilbirnie Hospice at Home')), 'org');
    assert.equal(orgHeadClass(split('Te Rūnanga o Ngāti Pareraukawa')), 'org');
    assert.equal(orgHeadClass(split('Mogale-Tlou Local Municipality')), 'org');
    assert.equal(orgHeadClass(split('Tanjong Catering Sdn Bhd')), 'company');
  });

  test('reads an abstract noun before a region as a regional agency', () => {
    assert.equal(isCountryBody(split('Environment Southland'), new Set()), true);
    assert.equal(isCountryBody(split('Rural Southland'), new Set()), false);
  });

  test('gives a club with "&" its joined name and a body its head before "of"', () => {
    assert.deepEqual(orgShortForms('Golcar & Scapegoat Hill CC', 'club', new Set()), ['golcar & scapegoat hill', 'golcar']);
    assert.deepEqual(orgShortForms('Kirkheaton CC', 'club', new Set()), ['kirkheaton']);
    assert.deepEqual(orgShortForms('Royal Corps of Signals', 'org', new Set()), ['corps']);
  });
});

describe('company forms and Romance heads', () => {
  test('reads a body whose head comes first in French, Spanish or Italian', () => {
    assert.equal(orgHeadClass(['Universidad', 'de', 'Concepción']), 'org');
    assert.equal(orgHeadClass(['Parti', 'Québécois']), 'org');
    assert.equal(orgHeadClass(['Orchestre', 'de', 'Paris']), 'org');
  });

  test('reads SpA only in its own spelling, so a spa town stays a place', () => {
    assert.equal(orgHeadClass(['Banca', 'Adriatica']), 'org');
    assert.equal(orgHeadClass(['Rossi', 'Tessuti', 'SpA']), 'company');
    assert.equal(orgHeadClass(['Leamington', 'Spa']), null);
  });

  test('gives a trade-named company its name words as a short form', () => {
    assert.ok(orgShortForms('Falcon Crest Airways', 'company', new Set()).includes('falcon crest'));
    assert.ok(orgShortForms('Sungai Merah Plantations Bhd', 'company', new Set()).includes('sungai merah plantations'));
    assert.ok(!orgShortForms('Halden Foods plc', 'company', new Set()).includes('halden foods plc'));
  });
});
