import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { partyDescriptor } from './party-descriptors.ts';
import type { Proposal } from './proposals.ts';
import { candidateIn } from './test-context.ts';

const show = (p: Proposal): string => (p.kind === 'short' ? `short:${p.form}${p.orgCue ? '+org' : ''}@${p.text}` : `${p.kind}@${p.text}`);
const read = (text: string, words: string) => partyDescriptor(candidateIn(text, words))?.map(show) ?? null;

describe('partyDescriptor', () => {
  test('reads a party word before a plural of its people as a weak mention', () => {
    assert.deepEqual(read('On Monday, Labour backbenchers met the whips', 'Labour'), ['short:Labour@Labour']);
    assert.deepEqual(read('the SNP councillors on the committee', 'SNP'), ['short:SNP@SNP']);
    assert.deepEqual(read('A dozen Tories voted against', 'Tories'), null);
  });

  test('reads a capitalised member noun or a modifier before a plural party name', () => {
    assert.deepEqual(read('as SNP MEPs returned to Brussels', 'SNP MEPs'), ['short:SNP@SNP']);
    assert.deepEqual(read('Moderate Republicans on the committee', 'Moderate Republicans'), ['short:Republicans@Republicans']);
    assert.deepEqual(read('Rebel Tories want a vote', 'Rebel Tories'), ['short:Conservatives@Tories']);
  });

  test('reads a party\'s adjective before its people as a weak mention of the party', () => {
    assert.deepEqual(read('more than 40 Conservative MPs warned', 'Conservative MPs'), ['short:Conservatives@Conservative']);
    assert.deepEqual(read('two Republican senators from the Midwest', 'Republican'), ['short:Republicans@Republican']);
    assert.deepEqual(read('the Lib Dem councillors walked out', 'Lib Dem'), ['short:Liberal Democrats@Lib Dem']);
    assert.equal(read('a Conservative government', 'Conservative'), null);
  });

  test('leaves a party acting as a body alone', () => {
    assert.equal(read('On Monday, Labour said it would abstain', 'Labour'), null);
    assert.equal(read('a Labour spokesman said', 'Labour'), null);
    assert.equal(read('the Liberal Democrats won', 'Liberal Democrats'), null);
  });
});
