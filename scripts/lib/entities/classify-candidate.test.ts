import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyCandidate } from './classify-candidate.ts';
import type { Proposal } from './proposals.ts';
import { candidateIn, emptyContext } from './test-context.ts';

const show = (p: Proposal): string => `${p.kind}:${p.kind === 'short' ? p.form : p.name}${p.kind === 'person' && p.honorific ? `/${p.honorific}` : ''}@${p.text}`;
const classify = (text: string, words: string, ctx = emptyContext()) => classifyCandidate(candidateIn(text, words), ctx).map(show);

describe('classifyCandidate', () => {
  test('finds a person by a known given name', () => {
    assert.deepEqual(classify('and Kathy Evans, chief executive', 'Kathy Evans'), ['person:Kathy Evans@Kathy Evans']);
  });

  test('takes a job title off a name and keeps the honorific in the span', () => {
    // The title's leftover word stays a short form, which resolution drops when nothing claims it.
    assert.deepEqual(classify('She said Education Secretary Justine Greening agreed', 'Education Secretary Justine Greening'), ['short:Education@Education', 'person:Justine Greening@Justine Greening']);
    assert.deepEqual(classify('led by Professor Ray Jones, of Kingston', 'Professor Ray Jones'), ['person:Ray Jones/Professor@Professor Ray Jones']);
  });

  test('splits a person from the organisation after "of"', () => {
    assert.deepEqual(classify('and Sen. John Cornyn of Texas, who', 'Sen John Cornyn of Texas'), ['person:John Cornyn/Sen@Sen. John Cornyn']);
  });

  test('splits an organisation that runs into a person', () => {
    assert.deepEqual(classify('former president of the Association of Directors of Children’s Services Alan Wood, and', 'Association of Directors of Children Services Alan Wood'), [
      "organisation:Association of Directors of Children’s Services@Association of Directors of Children’s Services",
      'person:Alan Wood@Alan Wood',
    ]);
  });

  test('reads an organisation from its head word or from the noun before it', () => {
    assert.deepEqual(classify('by Nordvik Group, the Norwegian company', 'Nordvik Group'), ['organisation:Nordvik Group@Nordvik Group']);
    assert.deepEqual(classify('The charity Action for Children, which', 'Action for Children'), ['organisation:Action for Children@Action for Children']);
    assert.deepEqual(classify('Analysts at Peel Hunt said', 'Peel Hunt'), ['organisation:Peel Hunt@Peel Hunt']);
  });

  test('takes an unknown name for a person when it speaks or has a family name', () => {
    assert.deepEqual(classify('and Chidi Okafor said it was', 'Chidi Okafor'), ['person:Chidi Okafor@Chidi Okafor']);
    assert.deepEqual(classify('the Janata Dal of Nitish Kumar. Both', 'Janata Dal of Nitish Kumar').filter((p) => p.startsWith('person')), ['person:Nitish Kumar@Nitish Kumar']);
  });

  test('rejects titles, places, laws and title-cased petition names', () => {
    assert.deepEqual(classify('said the Education Secretary today', 'Education Secretary'), []);
    assert.deepEqual(classify('at the Memorial Stadium on', 'Memorial Stadium'), []);
    assert.deepEqual(classify('clause of the Children and Social Work Bill', 'Social Work Bill'), []);
    assert.deepEqual(classify('the petition ‘Keep Profit Out of Child Protection’ had', 'Keep Profit Out of Child Protection'), []);
  });

  test('drops a sentence-opening function word and reads the rest', () => {
    assert.deepEqual(classify('Instead Kathy Evans left', 'Instead Kathy Evans'), ['person:Kathy Evans@Kathy Evans']);
  });

  test('reads a sentence-initial run against names already found', () => {
    const ctx = emptyContext({ known: new Map([['children england', 'organisation']]) });
    assert.deepEqual(classify('Children England chief executive', 'Children England', ctx), ['organisation:Children England@Children England']);
  });

  test('drops a sentence-opening descriptor or plural before the name', () => {
    assert.deepEqual(classify('Hydrologist Hong Zhang, of Griffith University, said', 'Hydrologist Hong Zhang'), ['person:Hong Zhang@Hong Zhang']);
    assert.deepEqual(classify('Members of Wexcombe District Council voted', 'Members of Wexcombe District Council'), ['organisation:Wexcombe District Council@Wexcombe District Council']);
  });

  test('takes the portfolio off a minister and the person off a possessive body', () => {
    assert.deepEqual(classify('Minister for Housing Darragh O’Brien told', 'Minister for Housing Darragh O’Brien'), ['person:Darragh O’Brien@Darragh O’Brien']);
    assert.deepEqual(classify("led by Rahul Gandhi's Congress party, won", 'Rahul Gandhi Congress'), ['person:Rahul Gandhi@Rahul Gandhi', 'organisation:Congress party@Congress party']);
  });

  test('splits a foreign personal name off a body after "of", but not a plural', () => {
    assert.deepEqual(classify('and the Samajwadi Party of Akhilesh Yadav made gains', 'Samajwadi Party of Akhilesh Yadav'), [
      'organisation:Samajwadi Party@Samajwadi Party',
      'person:Akhilesh Yadav@Akhilesh Yadav',
    ]);
    assert.deepEqual(classify('and the Simon Communities of Ireland said', 'Simon Communities of Ireland'), ['organisation:Simon Communities of Ireland@Simon Communities of Ireland']);
  });

  test('drops an adjective before a title', () => {
    assert.deepEqual(classify('Former President Donald Trump has', 'Former President Donald Trump'), ['person:Donald Trump/President@President Donald Trump']);
  });
});

describe('classifyCandidate: name forms from many countries', () => {
  test('takes a demonym or a person noun off the front of a whole name', () => {
    assert.deepEqual(classify('Kiwi rider Aroha Tipene-Walsh won.', 'Aroha Tipene-Walsh'), ['person:Aroha Tipene-Walsh@Aroha Tipene-Walsh']);
    assert.deepEqual(classify('Australian Bryn Tolley-Marsh won the final.', 'Australian Bryn Tolley-Marsh'), ['person:Bryn Tolley-Marsh@Bryn Tolley-Marsh']);
    assert.deepEqual(classify('Retiree Goh Ah Lian, 71, said rents were too high.', 'Retiree Goh Ah Lian'), ['person:Goh Ah Lian@Goh Ah Lian']);
  });

  test('splits a double-barrelled name off the body after "of"', () => {
    assert.deepEqual(classify('said Lerato Mokoena-Dube of the Mbombela Ratepayers Association on', 'Lerato Mokoena-Dube of the Mbombela Ratepayers Association'), [
      'person:Lerato Mokoena-Dube@Lerato Mokoena-Dube',
      'organisation:Mbombela Ratepayers Association@Mbombela Ratepayers Association',
    ]);
  });

  test('keeps an office-holder’s possessive inside the body’s name', () => {
    assert.deepEqual(classify('Deputies from the Tallis County Sheriff’s Office arrived', 'Tallis County Sheriff Office'), ['organisation:Tallis County Sheriff’s Office@Tallis County Sheriff’s Office']);
  });

  test('reads a job title without a name as nothing', () => {
    assert.deepEqual(classify('The Chief Operating Officer resigned in June.', 'Chief Operating Officer'), []);
  });

  test('keeps a capitalised particle that opens a surname at a sentence start', () => {
    const ctx = emptyContext({ known: new Map([['du plooy', 'person']]) });
    assert.deepEqual(classify('Du Plooy said the pitch was flooded.', 'Du Plooy', ctx), ['person:Du Plooy@Du Plooy']);
  });
});
