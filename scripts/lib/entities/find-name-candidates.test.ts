import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNameCandidates } from './find-name-candidates.ts';

const runs = (text: string) => findNameCandidates({ paragraph: 1, kind: 'body', text }, new Set()).map((c) => c.tokens.map((t) => t.text).join(' '));

describe('findNameCandidates', () => {
  test('joins capitalised words across "of", "for", "of the" and name particles', () => {
    assert.deepEqual(runs('the Association of Directors of Children’s Services and Friends of the Earth'), [
      'Association of Directors of Children Services',
      'Friends of the Earth',
    ]);
    assert.deepEqual(runs('said Ursula von der Leyen and Julian Le Grand'), ['Ursula von der Leyen', 'Julian Le Grand']);
  });

  test('splits at "and" between two names but keeps it inside a body name', () => {
    assert.deepEqual(runs('from Pfizer and GSK plc, the Food and Drug Administration and Kingston and Staffordshire'), [
      'Pfizer',
      'GSK plc',
      'Food and Drug Administration',
      'Kingston',
      'Staffordshire',
    ]);
  });

  test('keeps a possessive inside a name only before a head or after a plural', () => {
    assert.deepEqual(runs("The King's Fund and Harrowgate's chairman and the Howard Hughes Medical Institute's Department"), [
      'King Fund',
      'Harrowgate',
      'Howard Hughes Medical Institute',
      'Department',
    ]);
  });

  test('leaves out weekdays, dated months, hyphenated adjectives and words in URLs', () => {
    assert.deepEqual(runs('Gerald June 5, on Friday the Leeds-based firm <https://www.example.com/Serco>'), ['Gerald']);
  });

  test('leaves out the contracted pronoun I', () => {
    assert.deepEqual(runs("if the bus stops, I'm stuck, said Alf Nuttall, and any chief I’ve met agrees; I'd say I'll go"), ['Alf Nuttall']);
  });

  test('continues over a full stop after an honorific or initial', () => {
    assert.deepEqual(runs('Dr. Hana El Sahly and N. Chandrababu Naidu'), ['Dr Hana El Sahly', 'N Chandrababu Naidu']);
  });

  test('keeps a quoted nickname, a capital "The", dotted initials and a bracketed qualifier inside a name', () => {
    assert.deepEqual(runs('Head coach Bartholomew "Bart" Nwosu said'), ['Head', 'Bartholomew Bart Nwosu']);
    assert.deepEqual(runs('leaving Off The Kerb after nine years'), ['Off The Kerb']);
    assert.deepEqual(runs('J.K. Rowling wrote'), ['J.K Rowling']);
    assert.deepEqual(runs('and the Janata Dal (United) leader'), ['Janata Dal United)']);
    assert.deepEqual(runs("the Queen's Medical Centre in"), ['Queen Medical Centre']);
  });

  test('joins a chain of possessives that ends in a head', () => {
    assert.deepEqual(runs("The Cook County State's Attorney's Office did not"), ['Cook County State Attorney Office']);
  });


  test('keeps a bracketed legal form and a listed portfolio inside a name', () => {
    assert.deepEqual(runs('awarded to Kapiri Haulage (Pty) Ltd last year'), ['Kapiri Haulage Pty Ltd']);
    assert.deepEqual(runs('the Ministry of Energy, Mining, Irrigation and Rural Electrification said'), ['Ministry of Energy Mining Irrigation Rural Electrification']);
    assert.deepEqual(runs('the Ministry of Defence, Leonardo and Babcock signed'), ['Ministry of Defence', 'Leonardo', 'Babcock']);
  });
});

describe('long official names and Gaelic forms', () => {
  test('keeps a portfolio list after "Committee on" and "Ministry of" whole, "and the" included', () => {
    assert.deepEqual(runs('before the Select Committee on Housing, Heritage and Rural Affairs on Monday'), ['Select Committee on Housing Heritage Rural Affairs']);
    assert.deepEqual(runs('said the Ministry of Trade and the Economy'), ['Ministry of Trade Economy']);
  });

  test('does not swallow a person or a second body into a listed portfolio', () => {
    assert.deepEqual(runs('the Department of Health, Aoife Brennan and NHS Wales'), ['Department of Health', 'Aoife Brennan', 'NHS Wales']);
  });

  test('joins "o" between capitalised words, "at" after a body head and "on" after an institute', () => {
    assert.deepEqual(runs('Te Rūnanga o Ngāti Pareraukawa said'), ['Te Rūnanga o Ngāti Pareraukawa']);
    assert.deepEqual(runs('nurses from Kilbirnie Hospice at Home visited'), ['Kilbirnie Hospice at Home']);
    assert.deepEqual(runs('a grant from the Pacific Institute on Ocean Policy'), ['Pacific Institute on Ocean Policy']);
  });

  test('reads a capital "An" inside a sentence as an Irish or Gaelic article', () => {
    assert.deepEqual(runs('a contract with An Chomhairle Ealaíon and'), ['An Chomhairle Ealaíon']);
  });

  test('keeps "Mac an t-" patronymics and possessives before a club head inside the run', () => {
    assert.deepEqual(runs('with Seumas Mac an t-Sagairt and'), ['Seumas Mac an t-Sagairt']);
    assert.deepEqual(runs('beat Kirkheaton St Mary’s CC by'), ['Kirkheaton St Mary CC']);
  });
});
