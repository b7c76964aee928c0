import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByInitial, initialOf, invertName, organisationSortKey, personSortKey, splitName } from './name-sort.ts';

describe('splitName and invertName', () => {
  it('files people by family name, keeping particles and suffixes', () => {
    assert.equal(invertName('Ray Jones'), 'Jones, Ray');
    assert.equal(invertName('Julian Le Grand'), 'Le Grand, Julian');
    assert.equal(invertName('Martin Luther King Jr.'), 'King, Martin Luther, Jr.');
    assert.deepEqual(splitName('Cher'), { given: '', family: 'Cher', suffix: '' });
  });
});

describe('sort keys', () => {
  it('ignores case and accents, and a leading The for organisations', () => {
    assert.equal(personSortKey('Zoë Ámbar'), 'ambar, zoe');
    assert.equal(organisationSortKey('The Guardian'), 'guardian');
  });
  it('puts anything that does not start with A–Z under #', () => {
    assert.equal(initialOf('3m'), '#');
    assert.equal(initialOf('ambar'), 'A');
  });
});

describe('groupByInitial', () => {
  it('groups under letters A–Z then #, sorted within each letter', () => {
    const groups = groupByInitial(['The Times', '10 Downing Street', 'BBC', 'Barnardo’s'], organisationSortKey);
    assert.deepEqual(groups, [
      { letter: 'B', items: ['Barnardo’s', 'BBC'] },
      { letter: 'T', items: ['The Times'] },
      { letter: '#', items: ['10 Downing Street'] },
    ]);
  });
});
