import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAbbreviation, tokenizeSegment } from './tokenize-segment.ts';

const words = (text: string) => tokenizeSegment(text).map((t) => t.text);

describe('tokenizeSegment', () => {
  test('keeps apostrophes, hyphens and diacritics inside words', () => {
    assert.deepEqual(words("Siobhán O'Brien-Mac Aodha met Zoë"), ['Siobhán', "O'Brien-Mac", 'Aodha', 'met', 'Zoë']);
  });

  test('splits a possessive off the word but records where it ends', () => {
    const [token] = tokenizeSegment('Barnardo’s was');
    assert.equal(token?.text, 'Barnardo');
    assert.equal(token?.possessive, true);
    assert.equal(token?.fullEnd, 'Barnardo’s'.length);
  });

  test('treats a plural possessive apostrophe as part of the word', () => {
    const [token] = tokenizeSegment("Workers' Party");
    assert.equal(token?.text, 'Workers');
    assert.equal(token?.fullEnd, 8);
  });

  test('offsets index the segment text exactly', () => {
    const text = 'Then “Kathy Evans” spoke.';
    for (const t of tokenizeSegment(text)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  test('marks sentence, quotation and colon starts as initial but not words after an honorific', () => {
    const tokens = tokenizeSegment('He left. Dr. Jones said: "Serco is" fine (Unison)');
    const initial = Object.fromEntries(tokens.map((t) => [t.text, t.initial]));
    assert.equal(initial.He, true);
    assert.equal(initial.Dr, true);
    assert.equal(initial.Jones, false);
    assert.equal(initial.Serco, true);
    assert.equal(initial.Unison, true);
    assert.equal(initial.fine, false);
  });

  test('does not treat a closing quotation mark as an opening one', () => {
    const barton = tokenizeSegment('"We wanted him," Barton said.').find((t) => t.text === 'Barton');
    assert.equal(barton?.initial, false);
  });

  test('flags words inside URLs, e-mail addresses and lower-case domains', () => {
    const tokens = tokenizeSegment('See <https://www.theguardian.com/society/Children> or press@trust.org and Amazon.com today');
    assert.deepEqual(tokens.filter((t) => t.inUrl).map((t) => t.text).includes('Children'), true);
    assert.equal(tokens.find((t) => t.text === 'Amazon.com')?.inUrl, false);
    assert.equal(tokens.find((t) => t.text === 'press')?.inUrl, true);
  });

  test('flags words inside a short title-cased quotation only', () => {
    const tokens = tokenizeSegment('the petition ‘Keep Profit Out of Child Protection’ and “a Guardian reader said so”');
    assert.equal(tokens.find((t) => t.text === 'Profit')?.inTitleQuote, true);
    assert.equal(tokens.find((t) => t.text === 'Guardian')?.inTitleQuote, false);
  });
});

describe('isAbbreviation', () => {
  test('knows honorifics, initials and dotted abbreviations', () => {
    const [mr, j, us, cat] = tokenizeSegment('Mr J U.S cat');
    assert.equal(isAbbreviation(mr!), true);
    assert.equal(isAbbreviation(j!), true);
    assert.equal(isAbbreviation(us!), true);
    assert.equal(isAbbreviation(cat!), false);
  });
});
