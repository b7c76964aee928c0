import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  acronymKey,
  honorificGender,
  initialsVariants,
  isAcronymLike,
  organisationKey,
  personKey,
  personTokens,
  stripHonorifics,
  surfaceKey,
} from './normalise.ts';

describe('personKey', () => {
  it('ignores case, accents, apostrophe style, honorifics and post-nominals', () => {
    assert.equal(personKey('Dr Zoë O’Brien'), personKey('zoe obrien'));
    assert.equal(personKey("Prof. Siobhán O'Brien-Mac Aodha"), 'siobhan obrien mac aodha');
    assert.equal(personKey('Sir Martin Narey QC'), 'martin narey');
    assert.equal(personKey('Ms  Sarah   Jones'), 'sarah jones');
  });

  it('keeps a name made only of an honorific-like word', () => {
    assert.deepEqual(personTokens('Judge'), ['judge']);
  });
});

describe('organisationKey', () => {
  it('drops a leading "the", legal suffixes and apostrophe differences', () => {
    assert.equal(organisationKey('The Guardian'), organisationKey('Guardian'));
    assert.equal(organisationKey('Serco plc'), 'serco');
    assert.equal(
      organisationKey("Association of Directors of Children's Services"),
      organisationKey('Association of Directors of Children’s Services'),
    );
    assert.equal(organisationKey('Marks & Spencer'), organisationKey('Marks and Spencer'));
  });

  it('keeps a name that is only "The"-something intact', () => {
    assert.equal(organisationKey('The'), 'the');
  });
});

describe('surfaceKey', () => {
  it('matches case-insensitively across quote styles', () => {
    assert.equal(surfaceKey('CHILDREN’S SOCIETY'), surfaceKey("the children's society"));
  });
});

describe('stripHonorifics', () => {
  it('removes leading titles but never the whole name', () => {
    assert.equal(stripHonorifics('Mr Ray Jones'), 'Ray Jones');
    assert.equal(stripHonorifics('Professor Dame Sue Black'), 'Sue Black');
    assert.equal(stripHonorifics('Lord'), 'Lord');
  });
});

describe('honorificGender', () => {
  it('reads gender from gendered honorifics only', () => {
    assert.equal(honorificGender('Mrs'), 'female');
    assert.equal(honorificGender('Mr.'), 'male');
    assert.equal(honorificGender('Dr'), null);
    assert.equal(honorificGender(null), null);
  });
});

describe('isAcronymLike', () => {
  const cases: [string, boolean][] = [
    ['DfE', true],
    ['NSPCC', true],
    ['G4S', true],
    ['U.S.', true],
    ['PwC', true],
    ['Ofsted', false],
    ['McKinsey', false],
    ['Kingston University', false],
    ['A', false],
  ];
  for (const [name, expected] of cases) {
    it(`says ${name} is ${expected ? '' : 'not '}an acronym`, () => assert.equal(isAcronymLike(name), expected));
  }
});

describe('acronymKey', () => {
  it('keeps only letters and digits, lowercased', () => {
    assert.equal(acronymKey('D.f.E.'), 'dfe');
    assert.equal(acronymKey('M&S'), 'ms');
  });
});

describe('initialsVariants', () => {
  it('may skip or keep lowercase function words', () => {
    const variants = initialsVariants('Department for Education');
    assert.ok(variants.includes('dfe'));
    assert.ok(variants.includes('de'));
  });

  it('spells long names with several function words', () => {
    const variants = initialsVariants("Association of Directors of Children's Services");
    assert.ok(variants.includes('adcs'));
    assert.ok(variants.includes('aodocs'));
  });

  it('lets an inner acronym count whole and ignores a leading "The"', () => {
    assert.ok(initialsVariants('NHS England').includes('nhse'));
    assert.ok(initialsVariants('The Crown Prosecution Service').includes('cps'));
    assert.ok(initialsVariants('Marks & Spencer').includes('ms'));
  });

  it('gives nothing for one-word names', () => {
    assert.deepEqual(initialsVariants('Serco'), []);
  });
});
