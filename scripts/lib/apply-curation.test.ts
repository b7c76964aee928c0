import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityCuration } from '../../src/schemas/curation.ts';
import { makeArticle, NO_CURATION, org, person } from '../test/fixtures/resolve/make-article.ts';
import * as api from './apply-curation.ts';
import { applyCuration } from './apply-curation.ts';
import { resolveEntities } from './resolve-entities.ts';
import { describeCluster } from './resolve/describe-cluster.ts';

const articles = [
  makeArticle('a', ['Ray Jones of Kingston University warned the DfE.'], [person('Ray Jones'), org('Kingston University'), org('DfE')]),
  makeArticle('b', ['Raymond Jones and Sarah Jones met Barnardo’s staff.'], [person('Raymond Jones'), person('Sarah Jones'), person('Barnardo’s')]),
  makeArticle('c', ['The Department for Education replied to Barnardo’s.'], [org('Department for Education'), org('Barnardo’s')]),
  makeArticle('d', ['Jones said it was not so, said Cllr Ann Lee.'], [person('Jones'), person('Ann Lee')]),
];

function run(rules: Partial<EntityCuration>) {
  const clusters = resolveEntities(articles);
  const result = applyCuration(clusters, articles, { ...NO_CURATION, ...rules });
  const names = result.clusters.map((c) => `${c.kind}:${describeCluster(c, articles).name}`).sort();
  return { ...result, names };
}

describe('applyCuration', () => {
  it('changes nothing and warns about nothing without rules', () => {
    const { names, warnings } = run({});
    assert.deepEqual(names, [
      'organisation:Barnardo’s',
      'organisation:Department for Education',
      'organisation:Kingston University',
      'person:Ann Lee',
      'person:Barnardo’s',
      'person:Jones',
      'person:Ray Jones',
      'person:Raymond Jones',
      'person:Sarah Jones',
    ]);
    assert.deepEqual(warnings, []);
  });

  it('merges a group under its first name, matching any surface form case-insensitively', () => {
    const { names, clusters, warnings } = run({ merge: [['Raymond Jones', 'ray jones']] });
    assert.ok(names.includes('person:Raymond Jones'));
    assert.ok(!names.includes('person:Ray Jones'));
    const merged = clusters.find((c) => c.name === 'Raymond Jones')!;
    assert.equal(merged.members.length, 2);
    assert.deepEqual(warnings, []);
  });

  it('says so when two merge rules share an entity, and names the whole by the later rule', () => {
    const { names, warnings } = run({ merge: [['Raymond Jones', 'Ray Jones'], ['Ray Jones', 'Sarah Jones']] });
    assert.ok(names.includes('person:Ray Jones') && !names.includes('person:Sarah Jones') && !names.includes('person:Raymond Jones'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /entities\.merge\[0\] and entities\.merge\[1\] share an entity/);
  });

  it('rejects an entity and drops its mentions', () => {
    const { names, clusters } = run({ reject: ['KINGSTON UNIVERSITY'] });
    assert.ok(!names.some((n) => n.includes('Kingston')));
    const mentions = clusters.flatMap((c) => c.members.map((m) => articles[m.article]!.extraction.entities[m.entity]!.name));
    assert.ok(!mentions.includes('Kingston University'));
  });

  it('renames an entity and marks it renamed', () => {
    const { clusters } = run({ rename: [{ from: 'Ann Lee', to: 'Annabel Lee' }] });
    const renamed = clusters.find((c) => c.name === 'Annabel Lee')!;
    assert.equal(renamed.renamed, true);
  });

  it('retypes a person as an organisation and merges it with the organisation of that name', () => {
    const { names, clusters } = run({ type: [{ name: 'Barnardo’s', kind: 'organisation' }] });
    assert.equal(names.filter((n) => n.endsWith('Barnardo’s')).length, 1);
    assert.equal(clusters.find((c) => c.kind === 'organisation' && c.members.length === 2)?.members.length, 2);
  });

  it('adds roles to the entity a name selects', () => {
    const { clusters } = run({ roles: [{ entity: 'Sarah Jones', title: 'director', organisation: 'DfE' }] });
    const sarah = clusters.find((c) => c.roles.length > 0)!;
    assert.equal(describeCluster(sarah, articles).name, 'Sarah Jones');
    assert.deepEqual(sarah.roles, [{ title: 'director', organisation: 'DfE' }]);
  });

  it('warns when a role names an organisation no article names', () => {
    const { clusters, warnings } = run({ roles: [{ entity: 'Sarah Jones', title: 'director', organisation: 'Ministry of Silly Walks' }] });
    assert.deepEqual(clusters.find((c) => c.roles.length > 0)?.roles, [{ title: 'director', organisation: 'Ministry of Silly Walks' }]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /entities\.roles\[0\] names the organisation "Ministry of Silly Walks", which no article names/);
    assert.deepEqual(run({ roles: [{ entity: 'Sarah Jones', title: 'director', organisation: 'DfE' }] }).warnings, []);
  });

  it('warns about every rule that matches nothing, naming the rule', () => {
    const { warnings } = run({
      reject: ['Kingston University', 'Foo Bar'],
      merge: [['Ray Jones', 'Nobody Here']],
      rename: [{ from: 'Ghost', to: 'Spirit' }],
      type: [{ name: 'Phantom', kind: 'person' }],
      roles: [{ entity: 'Nemo', title: 'captain' }],
    });
    assert.deepEqual(warnings, [
      'curation: stale rule entities.reject[1] "Foo Bar" matches no entity',
      'curation: stale rule entities.type[0] "Phantom" matches no entity',
      'curation: stale rule entities.merge[0][1] "Nobody Here" matches no entity',
      'curation: stale rule entities.rename[0].from "Ghost" matches no entity',
      'curation: stale rule entities.roles[0] "Nemo" matches no entity',
    ]);
  });

  it('warns and skips a rename whose name matches several entities', () => {
    // "Jones" is the canonical name of the bare-surname entity only, so it is not ambiguous;
    // "Barnardo’s" names a person and an organisation.
    const { warnings, clusters } = run({ rename: [{ from: 'Barnardo’s', to: 'Barnardos' }] });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^curation: ambiguous rule entities\.rename\[0\]\.from "Barnardo’s" matches 2 entities \(organisation "Barnardo’s", person "Barnardo’s"\); skipped$/);
    assert.ok(clusters.every((c) => c.name === null));
  });

  it('prefers the entity whose canonical name a rule uses over entities that merely mention it', () => {
    const { names } = run({ reject: ['Jones'] });
    assert.ok(!names.includes('person:Jones'));
    assert.ok(names.includes('person:Sarah Jones') && names.includes('person:Ray Jones'));
  });

  it('warns when a retype changes nothing', () => {
    const { warnings } = run({ type: [{ name: 'Kingston University', kind: 'organisation' }] });
    assert.deepEqual(warnings, ['curation: stale rule entities.type[0] "Kingston University" is already organisation']);
  });

  it('never mutates its input clusters', () => {
    const clusters = resolveEntities(articles);
    const before = JSON.stringify(clusters);
    applyCuration(clusters, articles, { ...NO_CURATION, merge: [['Ray Jones', 'Raymond Jones']], roles: [{ entity: 'Ann Lee', title: 'councillor' }] });
    assert.equal(JSON.stringify(clusters), before);
  });
});

describe('exports', () => {
  it('exposes only applyCuration', () => {
    assert.deepEqual(Object.keys(api), ['applyCuration']);
  });
});

describe('applyCuration on a rename onto another entity\'s name', () => {
  it('warns that two entities would share the name, and says to merge them', () => {
    const { warnings } = run({ rename: [{ from: 'Ann Lee', to: 'Ray Jones' }] });
    assert.deepEqual(warnings, ['curation: rule entities.rename[0] gives person "Ann Lee" the name of person "Ray Jones"; list both under entities.merge to make them one']);
  });
});

describe('applyCuration with rules that meet', () => {
  it('lets a roles rule name an entity by the name a rename gave it', () => {
    const { clusters, warnings } = run({ rename: [{ from: 'Ann Lee', to: 'Annabel Lee' }], roles: [{ entity: 'Annabel Lee', title: 'councillor' }] });
    assert.deepEqual(warnings, []);
    assert.deepEqual(clusters.find((c) => c.name === 'Annabel Lee')?.roles, [{ title: 'councillor', organisation: null }]);
  });

  it('says a rule names a rejected entity rather than calling it stale, and warns when two rules retype one entity', () => {
    const rejected = run({ reject: ['Ann Lee'], rename: [{ from: 'Ann Lee', to: 'Annabel Lee' }] }).warnings;
    assert.deepEqual(rejected, ['curation: rule entities.rename[0].from "Ann Lee" names an entity that entities.reject removes; skipped']);
    const retyped = run({ type: [{ name: 'Kingston University', kind: 'person' }, { name: 'Kingston University', kind: 'organisation' }] }).warnings;
    assert.equal(retyped.filter((w) => /entities\.type\[0\] already retyped/.test(w)).length, 1, retyped.join('\n'));
  });
});
