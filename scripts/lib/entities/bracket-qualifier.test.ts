import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bracketQualifier } from './bracket-qualifier.ts';
import { tokenizeSegment } from './tokenize-segment.ts';

/** The qualifier after the run of `words` in `text`, as text, or null. */
const qualifier = (text: string, words: string): string | null => {
  const tokens = tokenizeSegment(text);
  const first = tokens.findIndex((t) => t.text === words.split(' ')[0]);
  const run = words.split(' ').map((_, k) => first + k);
  return bracketQualifier(tokens, run, text, new Set())?.text ?? null;
};

describe('bracketQualifier', () => {
  test('keeps a bracketed word that is part of a party name', () => {
    assert.equal(qualifier('and the Janata Dal (United) kingmakers', 'Janata Dal'), 'United)');
    assert.equal(qualifier('The Shiv Sena (UBT) faction of', 'Shiv Sena'), 'UBT)');
  });

  test('leaves defined acronyms, wire credits, tickers and parties of people alone', () => {
    assert.equal(qualifier('the Telugu Desam Party (TDP) and', 'Telugu Desam Party'), null);
    assert.equal(qualifier('WASHINGTON (AP) — The House', 'WASHINGTON'), null);
    assert.equal(qualifier('Shares of Amazon Inc (AMZN.O) rose', 'Amazon Inc'), null);
    assert.equal(qualifier('Councillor Jane Smith (Labour) said', 'Jane Smith'), null);
  });
});

describe('bracketQualifier after laws and affiliations', () => {
  test('leaves the bracket after a law’s name and an acronym that defines the run’s tail', () => {
    assert.equal(qualifier('under the Consumer Credit Directive (EU) rules', 'Consumer Credit Directive'), null);
    assert.equal(qualifier('Naledi Khumalo of the Freedom Front (FF) said', 'Naledi Khumalo of the Freedom Front'), null);
  });
});
