import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeyEntity } from './answer-key.ts';
import type { ViewEntity } from './article-view.ts';
import { scoreRoles } from './score-roles.ts';

const key = (roles: string[], optional = false): KeyEntity => ({ name: 'Kathy Evans', aliases: ['Kathy Evans'], optional, roles });
const got = (roles: { title: string; organisation: string | null }[]): ViewEntity => ({ id: 'kathy-evans', name: 'Kathy Evans', names: ['kathy evans'], roles });

describe('scoreRoles', () => {
  it('accepts an extracted title that is part of the key role', () => {
    const s = scoreRoles([{ key: key(['chief executive of Children England']), extracted: got([{ title: 'Chief Executive', organisation: 'Children England' }]) }]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  });
  it('accepts an extracted title that contains the key role', () => {
    const s = scoreRoles([{ key: key(['team manager']), extracted: got([{ title: 'My team manager', organisation: null }]) }]);
    assert.equal(s.tp, 1);
  });
  it('reports unmatched roles on both sides', () => {
    const s = scoreRoles([{ key: key(['professor of social work']), extracted: got([{ title: 'director', organisation: null }]) }]);
    assert.deepEqual(s.misses, ['Kathy Evans: professor of social work']);
    assert.deepEqual(s.falsePositives, ['Kathy Evans: director']);
  });
  it('ignores optional people such as photo credits', () => {
    const s = scoreRoles([{ key: key(['photo credit'], true), extracted: got([]) }]);
    assert.deepEqual([s.tp, s.fp, s.fn], [0, 0, 0]);
  });
});
