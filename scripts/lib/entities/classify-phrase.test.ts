import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyPhrase } from './classify-phrase.ts';
import type { Proposal } from './proposals.ts';
import { candidateIn, emptyContext } from './test-context.ts';

const show = (p: Proposal): string => `${p.kind}:${p.kind === 'short' ? p.form : p.name}@${p.text}`;
const classify = (text: string, words: string, ctx = emptyContext()) => {
  const c = candidateIn(text, words);
  return classifyPhrase(c, c.tokens[0]?.initial === true, ctx)?.map(show) ?? null;
};

describe('classifyPhrase', () => {
  test('reads national bodies, teams and bracketed party names as organisations', () => {
    assert.deepEqual(classify('a grant from Sport England, announced', 'Sport England'), ['organisation:Sport England@Sport England']);
    assert.deepEqual(classify('after Worcester Warriors were suspended', 'Worcester Warriors'), ['organisation:Worcester Warriors@Worcester Warriors']);
    assert.deepEqual(classify('and the Janata Dal (United) kingmakers', 'Janata Dal United)'), ['organisation:Janata Dal (United)@Janata Dal (United)']);
    assert.deepEqual(classify('flights to Northern Ireland resumed', 'Northern Ireland'), []);
  });

  test('reads an acronym before ordinary words as a body, before a name as a title', () => {
    assert.deepEqual(classify('Narramore told ABC Radio Brisbane the falls', 'ABC Radio Brisbane'), ['organisation:ABC Radio Brisbane@ABC Radio Brisbane']);
    assert.deepEqual(classify('Chief executive TS Anil said', 'TS Anil'), ['person:TS Anil@TS Anil']);
    assert.deepEqual(classify('in 1997, J.K. Rowling wrote', 'J.K Rowling'), ['person:J.K. Rowling@J.K. Rowling']);
  });

  test('takes an employer for a body even when it looks like a name', () => {
    assert.deepEqual(classify('an analyst at Morgan Stanley said', 'Morgan Stanley'), ['organisation:Morgan Stanley@Morgan Stanley']);
    assert.deepEqual(classify('the law firm Leigh Day, whose solicitor', 'Leigh Day'), ['organisation:Leigh Day@Leigh Day']);
  });

  test('keeps "The" of a newspaper that is quoted or written for', () => {
    assert.deepEqual(classify('he told The Australian Financial Review.', 'Australian Financial Review'), [
      'organisation:The Australian Financial Review@The Australian Financial Review',
    ]);
  });

  test('reads an unknown name that is owned or owns as a person, unless the article made it a body', () => {
    assert.deepEqual(classify('the faction of Uddhav Thackeray and', 'Uddhav Thackeray'), ['person:Uddhav Thackeray@Uddhav Thackeray']);
    assert.deepEqual(classify('United have signed Leny Yoro from Lille', 'Leny Yoro'), ['person:Leny Yoro@Leny Yoro']);
    const ctx = emptyContext({ known: new Map([['calder vale', 'organisation']]) });
    assert.deepEqual(classify("two of Calder Vale's former managers", 'Calder Vale', ctx), ['organisation:Calder Vale@Calder Vale']);
  });

  test('reads ordinary words that speak as a body', () => {
    assert.deepEqual(classify('Tickets went on sale and Live Nation said extra dates', 'Live Nation'), ['organisation:Live Nation@Live Nation']);
  });


  test('reads facilities as places unless called a body', () => {
    assert.deepEqual(classify('traffic on the Clyde Expressway was', 'Clyde Expressway'), []);
    assert.deepEqual(classify('closed the Mary Street Bridge after', 'Mary Street Bridge'), []);
    assert.deepEqual(classify('at the Bundaberg Showgrounds, which holds 500 cars', 'Bundaberg Showgrounds'), []);
    assert.deepEqual(classify('diverted along the Arthur Highway for', 'Arthur Highway'), []);
  });

  test('reads named storms, events and won competitions as no entity', () => {
    assert.deepEqual(classify('damage from Typhoon Mawar last year', 'Typhoon Mawar'), []);
    assert.deepEqual(classify('ahead of the Commonwealth Games in', 'Commonwealth Games'), []);
    assert.deepEqual(classify('Harbury won the Midland League for', 'Midland League'), []);
  });

  test('reads places listed after the people who live there as places', () => {
    assert.deepEqual(classify('Villagers in Great Ayton and Kildale Moor said it was', 'Kildale Moor'), []);
    assert.deepEqual(classify('residents of Cwm Ogwr and Pant Glas warned it', 'Pant Glas'), []);
  });

  test('reads party descriptors as weak mentions of the party', () => {
    assert.deepEqual(classify('as Senior Conservatives gathered', 'Senior Conservatives'), ['short:Conservatives@Conservatives']);
  });

  test('keeps a sentence-final full stop out of a British "Ltd"', () => {
    assert.deepEqual(classify('the work went to Corran Glazing Ltd. The firm said', 'Corran Glazing Ltd'), ['organisation:Corran Glazing Ltd@Corran Glazing Ltd']);
    assert.deepEqual(classify('shares in Halvard Corp. rose', 'Halvard Corp'), ['organisation:Halvard Corp.@Halvard Corp.']);
  });
});

describe('classifyPhrase: shapes of personal names', () => {
  test('reads a double-barrelled surname or an inner particle as a person without other cues', () => {
    assert.deepEqual(classify('and Tui Ngata-Brennan did not', 'Tui Ngata-Brennan'), ['person:Tui Ngata-Brennan@Tui Ngata-Brennan']);
    assert.deepEqual(classify('the all-rounder Riaan du Plooy, hit 40', 'Riaan du Plooy'), ['person:Riaan du Plooy@Riaan du Plooy']);
  });

  test('reads hyphenated initials before a surname as a person', () => {
    assert.deepEqual(classify('coached by M-C de la Fuente until', 'M-C de la Fuente'), ['person:M-C de la Fuente@M-C de la Fuente']);
  });

  test('still reads a body when the text calls it one', () => {
    assert.deepEqual(classify('the charity Tui Ngata-Brennan said', 'Tui Ngata-Brennan'), ['organisation:Tui Ngata-Brennan@Tui Ngata-Brennan']);
  });

  test('reads an abstract noun before a region as its agency', () => {
    assert.deepEqual(classify('consent from Environment Southland on', 'Environment Southland'), ['organisation:Environment Southland@Environment Southland']);
  });
});
