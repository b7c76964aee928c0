import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appositionKind, datelineCredit, itAfter, locativeBefore, modifiesNextNoun, orgNounAround, orgRoleAfter, roleBefore, sentenceOf } from './context-cues.ts';
import { candidateIn } from './test-context.ts';

describe('context cues', () => {
  test('read an apposition or relative clause', () => {
    assert.equal(appositionKind(candidateIn('by Nordvik Group, the Norwegian seafood company.', 'Nordvik Group')), 'organisation');
    assert.equal(appositionKind(candidateIn('Karine Jean-Pierre, the press secretary, said', 'Karine Jean-Pierre')), 'person');
    assert.equal(appositionKind(candidateIn("Last week, Barnardo's was one of a number of voluntary organisations to", 'Barnardo')), 'organisation');
    assert.equal(appositionKind(candidateIn('Graham Pickering, who owns', 'Graham Pickering')), 'person');
  });

  test('find organisation nouns and roles around a name', () => {
    assert.equal(orgNounAround(candidateIn('consultancy firm LaingBuisson and', 'LaingBuisson')), true);
    assert.equal(orgNounAround(candidateIn('the rival Mosquirix vaccine', 'Mosquirix')), false);
    assert.equal(orgRoleAfter(candidateIn('Pfizer spokeswoman Jerica Pitts', 'Pfizer')), true);
    assert.equal(roleBefore(candidateIn('chief social worker Isabelle Trowler', 'Isabelle Trowler')), true);
  });

  test('see places, titles of noun phrases, "it" and wire datelines', () => {
    assert.equal(locativeBefore(candidateIn('services in south-west London', 'London')), true);
    assert.equal(modifiesNextNoun(candidateIn('the R21 malaria vaccine', 'R21')), true);
    assert.equal(itAfter(candidateIn('Citizens Advice said it had helped', 'Citizens Advice')), true);
    assert.equal(datelineCredit(candidateIn('SAN FRANCISCO (Reuters) - A judge', 'Reuters')), true);
  });

  test('cut out the sentence around a name', () => {
    assert.equal(sentenceOf(candidateIn('One thing. But now Kingston said no. Another.', 'Kingston')), ' But now Kingston said no.');
  });
});
