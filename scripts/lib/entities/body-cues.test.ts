import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { agentObject, employerBefore, ownedByPerson, platformUse, pluralRoleBefore, serviceCue, sourceBefore } from './body-cues.ts';
import { candidateIn } from './test-context.ts';

describe('employerBefore', () => {
  test('reads "at" after a job or staff word as an employer', () => {
    assert.equal(employerBefore(candidateIn('said Brent Thill, an analyst at Jefferies.', 'Jefferies')), true);
    assert.equal(employerBefore(candidateIn('Staff at Goldsmiths have been told', 'Goldsmiths')), true);
    assert.equal(employerBefore(candidateIn('head of research at Fintech Nexus said', 'Fintech Nexus')), true);
    assert.equal(employerBefore(candidateIn('queried by auditors from Grant Thornton last year', 'Grant Thornton')), true);
  });

  test('leaves "at" a place alone', () => {
    assert.equal(employerBefore(candidateIn('214 millimetres of rain at Mount Crosby in 24 hours', 'Mount Crosby')), false);
    assert.equal(employerBefore(candidateIn('who fishes for oysters from Ballyloughane and', 'Ballyloughane')), false);
  });
});

describe('pluralRoleBefore', () => {
  test('sees a plural job noun right before the name', () => {
    assert.equal(pluralRoleBefore(candidateIn("Worcester's administrators, Begbies Traynor, said", 'Begbies Traynor')), true);
    assert.equal(pluralRoleBefore(candidateIn('Estate agents Savills forecast', 'Savills')), true);
  });

  test('ignores a plural that belongs to a title or is no plural', () => {
    assert.equal(pluralRoleBefore(candidateIn('The chair of judges, Esi Edugyan, said', 'Esi Edugyan')), false);
    assert.equal(pluralRoleBefore(candidateIn('EastEnders actress Rose Ayling-Ellis', 'Rose Ayling-Ellis')), false);
  });
});

describe('platformUse', () => {
  test('finds a platform after a posting verb or before an account noun', () => {
    assert.equal(platformUse(candidateIn('Abbington posted on Instagram that she was', 'Instagram')), true);
    assert.equal(platformUse(candidateIn('on her TikTok account yesterday', 'TikTok')), true);
    assert.equal(platformUse(candidateIn('she moved to Glasgow last year', 'Glasgow')), false);
  });
});

describe('serviceCue', () => {
  test('finds a source, a helpline and a holding', () => {
    assert.equal(serviceCue(candidateIn('Viewing figures from Barb show', 'Barb')), true);
    assert.equal(serviceCue(candidateIn('help is available from Samaritans on 116 123.', 'Samaritans')), true);
    assert.equal(serviceCue(candidateIn('Shares in Tesco rose 2%', 'Tesco')), true);
    assert.equal(serviceCue(candidateIn('Flooding in Tewkesbury closed roads', 'Tewkesbury')), false);
  });
});

describe('agentObject', () => {
  test('sees the object of one verb acting in the next', () => {
    assert.equal(agentObject(candidateIn('figures, prompting Shelter to call for investment', 'Shelter')), true);
    assert.equal(agentObject(candidateIn('has criticised Ofcom for failing to act', 'Ofcom')), true);
    assert.equal(agentObject(candidateIn('the government wanted Britain to be the best', 'Britain')), false);
  });
});

describe('ownedByPerson', () => {
  test('reads a company after a named owner but not after a title', () => {
    assert.equal(ownedByPerson(candidateIn("while Andrew Forrest's Fortescue has cut jobs", 'Fortescue')), true);
    assert.equal(ownedByPerson(candidateIn("Speaking at Prime Minister's Questions, he", 'Questions')), false);
  });
});

describe('sourceBefore', () => {
  test('finds the source of a report', () => {
    assert.equal(sourceBefore(candidateIn('according to the Athletic.', 'Athletic')), true);
    assert.equal(sourceBefore(candidateIn('said the Athletic.', 'Athletic')), false);
  });
});

describe('crowds at a place', () => {
  test('are not staff of an employer', () => {
    assert.equal(employerBefore(candidateIn('Spectators at Twickenham were', 'Twickenham')), false);
    assert.equal(employerBefore(candidateIn('holidaymakers at Butlins complained', 'Butlins')), false);
    assert.equal(employerBefore(candidateIn('nurses at Wythenshawe said', 'Wythenshawe')), true);
  });
});
