import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actsAfter, appositionKind, datelineCredit, isRoleWord, itAfter, locativeBefore, modifiesNextNoun, orgNounAround, orgRoleAfter, roleBefore, sentenceOf, speaksOrWill } from './context-cues.ts';
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
    assert.equal(orgNounAround(candidateIn('accounts filed with Companies House on Tuesday', 'Companies House')), true);
    assert.equal(orgNounAround(candidateIn('she filed the papers with Smith', 'Smith')), false);
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

  test('read ownership, family and list clauses after a name', () => {
    assert.equal(appositionKind(candidateIn('a complaint from Slack, now owned by Salesforce.', 'Slack')), 'organisation');
    assert.equal(appositionKind(candidateIn('Caoimhe Ní Bhriain, whose father spent 41 hours', 'Caoimhe Ní Bhriain')), 'person');
    assert.equal(appositionKind(candidateIn('the law firm Leigh Day, whose solicitor Merry Varney said', 'Leigh Day')), null);
    assert.equal(appositionKind(candidateIn('Critics, including the medical charity MSF, have', 'Critics')), null);
  });

  test('find a role with its own "for" phrase, and hyphenated roles', () => {
    assert.equal(roleBefore(candidateIn('Its national officer for food, Declan Hurley, said', 'Declan Hurley')), true);
    assert.equal(isRoleWord('co-founder'), true);
  });

  test('see a speaker or a modal verb of action after a name', () => {
    assert.equal(speaksOrWill(candidateIn('April. Ofsted will inspect us again', 'Ofsted')), true);
    assert.equal(speaksOrWill(candidateIn('Floodwater covers Moggill Road', 'Floodwater')), false);
    assert.equal(actsAfter(candidateIn('said Azure had added thousands', 'Azure')), false);
    assert.equal(actsAfter(candidateIn('and Unison has warned that', 'Unison')), true);
  });

  test('read a wire dateline that carries a date or a state', () => {
    assert.equal(datelineCredit(candidateIn('NEW DELHI, June 5 (Reuters) - Prime', 'Reuters')), true);
    assert.equal(datelineCredit(candidateIn('CAPE CANAVERAL, Fla. (AP) — Boeing', 'AP')), true);
  });


  test('read a speech tag after a comma as no apposition', () => {
    assert.equal(appositionKind(candidateIn('shipped through Tilbury, the company said.', 'Tilbury')), null);
    assert.equal(appositionKind(candidateIn('is based in Selby, a spokesman said.', 'Selby')), null);
    assert.equal(appositionKind(candidateIn('by Norvale, the firm that builds', 'Norvale')), 'organisation');
  });

  test('read a place before an unnamed body as a place', () => {
    assert.equal(orgNounAround(candidateIn('bought by a Leicester firm that makes', 'Leicester')), false);
    assert.equal(orgNounAround(candidateIn('the Unite union said', 'Unite')), true);
  });
});

describe('context cues around appositions', () => {
  test('read a speech verb after the comma as the end of an apposition, not a body noun', () => {
    assert.equal(appositionKind(candidateIn('for the Lands Department, Thabo Sithole, said the department would act', 'Thabo Sithole')), null);
  });

  test('read a capitalised title or a role scoped to a named body before a name in commas', () => {
    assert.equal(roleBefore(candidateIn('wrote to the Minister, Aoife Brennan, asking', 'Aoife Brennan')), true);
    assert.equal(roleBefore(candidateIn('The firm’s Chief Executive, Aoife Brennan, said', 'Aoife Brennan')), true);
    assert.equal(roleBefore(candidateIn('a spokesman for the Department of Lands and Housing, Thabo Sithole, said', 'Thabo Sithole')), true);
    assert.equal(roleBefore(candidateIn('trains to Durban, Thabo Sithole said', 'Thabo Sithole')), false);
  });

  test('read a regional office as a body’s, but not a place word after "its"', () => {
    assert.equal(orgRoleAfter(candidateIn('The IFP regional office was closed', 'IFP')), true);
    assert.equal(orgRoleAfter(candidateIn('according to its Otago regional manager, Jo Tane', 'Otago')), false);
  });

  test('read "is owned by" as a body', () => {
    assert.equal(appositionKind(candidateIn('Harbourside Lodge is owned by a Dunedin trust', 'Harbourside Lodge')), 'organisation');
  });
});
