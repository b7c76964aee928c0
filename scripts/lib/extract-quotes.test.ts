import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuotes } from './extract-quotes.ts';
import { type EntitySpec, buildTestArticle, buildTestEntities } from './relations/build-test-article.ts';
import type { SegmentKind } from './types.ts';

const person = (name: string, ...forms: string[]): EntitySpec => ({ kind: 'person', name, forms });
const org = (name: string, ...forms: string[]): EntitySpec => ({ kind: 'organisation', name, forms });

function quotes(text: string, specs: EntitySpec[], kindOf?: (p: string, i: number) => SegmentKind) {
  const article = buildTestArticle('t', text, kindOf);
  return extractQuotes(article, buildTestEntities(article, specs)).map((q) => [q.speaker, q.text, q.paragraph, q.span]);
}

describe('extractQuotes', () => {
  it('attributes a quotation introduced by a colon to the subject of its sentence', () => {
    const text = 'Kathy Evans, chief executive of Children England, welcomed the climbdown: "We welcome the fact that government has listened."';
    assert.deepEqual(quotes(text, [person('Kathy Evans'), org('Children England')]), [['Kathy Evans', 'We welcome the fact that government has listened.', 1, 1]]);
  });

  it('reads attributions after the quotation in both word orders', () => {
    const text = '"We are not aware of any injuries at all," said Karen Liu. "Families deserve to know the car is safe," Ortiz said.';
    assert.deepEqual(quotes(text, [person('Karen Liu'), person('Daniel Ortiz', 'Ortiz')]), [
      ['Karen Liu', 'We are not aware of any injuries at all', 1, 1],
      ['Daniel Ortiz', 'Families deserve to know the car is safe', 1, 1],
    ]);
  });

  it('joins a quotation that runs over paragraphs and counts them', () => {
    const text = 'Emma Boyd, chair of the agency, said: "The message could not be any clearer.\n\n"We will pursue every company that breaks the law."';
    assert.deepEqual(quotes(text, [person('Emma Boyd')]), [['Emma Boyd', 'The message could not be any clearer. We will pursue every company that breaks the law.', 1, 2]]);
  });

  it('gives a following quote-only paragraph to the same speaker', () => {
    const text = '"Decisions about a child must rest with social workers," says the ADCS response.\n\n"These decisions must not be subordinate to profit."';
    const got = quotes(text, [org("Association of Directors of Children's Services", 'ADCS')]);
    assert.deepEqual(got.map((q) => q[0]), ["Association of Directors of Children's Services", "Association of Directors of Children's Services"]);
  });

  it('resolves he and she to the person the text was last about', () => {
    const text = 'Ray Jones, professor of social work, criticised the plans.\n\nHe added: "Local authorities should retain direct responsibility for child protection."';
    assert.deepEqual(quotes(text, [person('Ray Jones', 'Jones')]).map((q) => q[0]), ['Ray Jones']);
  });

  it('resolves a pronoun to a person named after the last subject', () => {
    const text = 'The decision was criticised by Jane Smith, a local councillor. "This is a disgrace and residents deserve far better," she said.';
    assert.deepEqual(quotes(text, [person('Ray Jones'), person('Jane Smith')]).map((q) => q[0]), ['Jane Smith']);
  });

  it('does not take a noun after a determiner for a speech verb', () => {
    const text = 'California Gov. Gavin Newsom\'s office said the state had spent "more than $2 billion of its own money on housing."';
    assert.deepEqual(quotes(text, [person('Gavin Newsom')]).map((q) => q[0]), ['Gavin Newsom']);
  });

  it('attributes "the report states" to the organisation that produced the report', () => {
    const text =
      '"We are convinced that opening up the market must be complemented by support," the report states.\n\nThe report, which was produced by consultancy firm LaingBuisson, was published on Friday.';
    assert.deepEqual(quotes(text, [org('LaingBuisson')]).map((q) => q[0]), ['LaingBuisson']);
  });

  it('resolves "the department" and "a spokeswoman at" to the named organisation', () => {
    const text =
      'In its response, the department said: "The majority of responses raised serious concerns."\n\nA spokeswoman at the Department for Education said: "We want to improve the quality of social care."';
    assert.deepEqual(quotes(text, [org('Department for Education')]).map((q) => q[0]), ['Department for Education', 'Department for Education']);
  });

  it('keeps partial quotations of six words or more and drops shorter fragments', () => {
    const text = 'Jones said that once the "door has been opened" to private providers "it will be very difficult to close".';
    assert.deepEqual(quotes(text, [person('Ray Jones', 'Jones')]), [['Ray Jones', 'it will be very difficult to close', 1, 1]]);
  });

  it('skips scare quotes and titles', () => {
    const text =
      "The petition entitled 'Keep Profit Out of Child Protection' was signed by thousands.\n\nThe ADCS says the plan could create 'perverse incentives' in the system.";
    assert.deepEqual(quotes(text, [org('ADCS')]), []);
  });

  it('leaves out quotations whose speaker the text does not name', () => {
    const text = 'Professor Ray Jones led the campaign.\n\nIn their letter, the 37 academics wrote: "England has one of the most successful child protection systems."\n\nThey add: "Child protection is much too important to be exposed."';
    assert.deepEqual(quotes(text, [person('Ray Jones')]), []);
  });

  it('joins a quotation interrupted by its attribution', () => {
    const text = '"The problem," Osei says, "is that nobody funds the boring work of repair."';
    assert.deepEqual(quotes(text, [person('Amara Osei', 'Osei')]), [['Amara Osei', 'The problem is that nobody funds the boring work of repair.', 1, 1]]);
  });

  it('ignores quotations in reader comments', () => {
    const text = 'Jane Smith said: "This is the best policy we have seen in years."\n\nGerald said: "I completely disagree with every word of this article."';
    const got = quotes(text, [person('Jane Smith'), person('Gerald')], (_, i) => (i === 0 ? 'body' : 'comment'));
    assert.deepEqual(got.map((q) => q[0]), ['Jane Smith']);
  });

  it('does not change its input and returns the same result each time', () => {
    const article = buildTestArticle('t', 'Jane Smith said: "This is the best policy we have seen in years."');
    const entities = buildTestEntities(article, [person('Jane Smith')]);
    const before = JSON.stringify([article, entities]);
    const first = extractQuotes(article, entities);
    assert.deepEqual(extractQuotes(article, entities), first);
    assert.equal(JSON.stringify([article, entities]), before);
  });
});

describe('extractQuotes on a spokesperson named in apposition', () => {
  it('gives the quote to the person named after "a spokesman for the council", not to the unnamed council', () => {
    const text = 'A spokesman for the council, Tom Breen, said: "We are looking at all the options open to us now."';
    assert.deepEqual(quotes(text, [person('Tom Breen')]), [['Tom Breen', 'We are looking at all the options open to us now.', 1, 1]]);
  });
});
