import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as slugs from './slugify.ts';
import { isSlug, slugId, slugify } from './slugify.ts';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['Zoë Ångström', 'zoe-angstrom'],
    ["Siobhán O'Brien-Mac Aodha", 'siobhan-obrien-mac-aodha'],
    ['Seán O’Casey', 'sean-ocasey'],
    ['U.S. Steel', 'us-steel'],
    ['N.S.P.C.C', 'nspcc'],
    ['J. K. Rowling', 'j-k-rowling'],
    ['AT&T', 'at-and-t'],
    ['  --Hello,   World!-- ', 'hello-world'],
    ['Ｆｕｌｌｗｉｄｔｈ 12', 'fullwidth-12'],
    ['Łódź Straße', 'lodz-strasse'],
    ['北京', 'beijing'],
    ['!!!', ''],
    ['CON', 'con-page'],
    ['Nul', 'nul-page'],
    ['COM1', 'com1-page'],
    ['Consort', 'consort'],
  ];
  for (const [input, expected] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(slugify(input), expected);
    });
  }

  it('always returns a valid slug or the empty string', () => {
    for (const [input] of cases) {
      const slug = slugify(input);
      assert.ok(slug === '' || isSlug(slug), slug);
    }
  });
});

describe('isSlug', () => {
  const cases: [string, boolean][] = [
    ['ray-jones', true],
    ['g4s', true],
    ['ray-jones-2', true],
    ['Ray-Jones', false],
    ['-ray', false],
    ['ray--jones', false],
    ['', false],
    ['zoë', false],
  ];
  for (const [input, expected] of cases) {
    it(`says ${JSON.stringify(input)} is ${expected ? '' : 'not '}a slug`, () => {
      assert.equal(isSlug(input), expected);
    });
  }
});

describe('slugify on emoji', () => {
  it('drops emoji instead of spelling out their names', () => {
    assert.equal(slugify('Multilingual coverage in Birmingham 🎉'), 'multilingual-coverage-in-birmingham');
    assert.equal(slugify('🎉 Party 🎈 time'), 'party-time');
  });
});

describe('slugId', () => {
  it('adds -n only from 2 upwards', () => {
    assert.equal(slugId('Ray Jones', 'person'), 'ray-jones');
    assert.equal(slugId('Ray Jones', 'person', 1), 'ray-jones');
    assert.equal(slugId('Ray Jones', 'person', 3), 'ray-jones-3');
  });

  it('falls back when the name has no letters or digits', () => {
    assert.equal(slugId('—', 'organisation'), 'organisation');
    assert.equal(slugId('***', 'person', 2), 'person-2');
  });

  it('cuts a very long name to 80 characters, at a word boundary when there is one, so file names stay short', () => {
    const word = slugId('Supercalifragilistic'.repeat(100), 'organisation');
    assert.equal(word, 'supercalifragilistic'.repeat(4));
    const words = slugId('The Association of Directors of Adult Social Services and Children and Young People of England and Wales', 'organisation', 2);
    assert.ok(words.length <= 82 && isSlug(words) && words.endsWith('-2') && !words.includes('--'), words);
  });
});

describe('exports', () => {
  it('exposes exactly slugify, isSlug and slugId', () => {
    assert.deepEqual(Object.keys(slugs).sort(), ['isSlug', 'slugId', 'slugify']);
  });
});
