import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Permalink } from '../../src/schemas/entities.ts';
import * as api from './assign-ids.ts';
import { assignIds, type IdRequest } from './assign-ids.ts';

function req(kind: IdRequest['kind'], name: string, article: string, extra: Partial<IdRequest> = {}): IdRequest {
  return { kind, name, aliases: [], first: [article, 1, 0], articles: [article], renamed: false, ...extra };
}

/** name -> id, for readable assertions. */
function idsByName(requests: IdRequest[], previous: Permalink[] = [], articles: string[] = []): Record<string, string> {
  const { ids } = assignIds(requests, previous, articles);
  return Object.fromEntries(requests.map((r, i) => [`${r.kind}:${r.name}`, ids[i]!]));
}

describe('assignIds', () => {
  it('gives each entity the slug of its canonical name', () => {
    assert.deepEqual(idsByName([req('person', 'Zoë Ångström', 'a'), req('organisation', 'Kingston University', 'a')]), {
      'person:Zoë Ångström': 'zoe-angstrom',
      'organisation:Kingston University': 'kingston-university',
    });
  });

  it('suffixes clashing slugs in a stable order: earliest mention first, not input order', () => {
    const council = req('organisation', 'Kingston', 'b-article');
    const man = req('person', 'Kingston', 'a-article');
    const one = idsByName([council, man]);
    const two = idsByName([man, council]);
    assert.deepEqual(one, two);
    assert.deepEqual(one, { 'organisation:Kingston': 'kingston-2', 'person:Kingston': 'kingston' });
  });

  it('keeps old ids when an article adds a clashing entity that sorts first', () => {
    const council = req('organisation', 'Kingston', 'm-article');
    const first = assignIds([council], [], ['m-article']);
    assert.deepEqual(first.ids, ['kingston']);
    const man = req('person', 'Kingston', 'a-article');
    const second = assignIds([man, council], first.permalinks, ['a-article', 'm-article']);
    assert.deepEqual(second.ids, ['kingston-2', 'kingston']);
    assert.deepEqual(second.warnings, []);
  });

  it('keeps old ids when a new entity of the same kind has the same slug', () => {
    const first = assignIds([req('person', 'Anna Groß', 'm-article')], [], ['m-article']);
    assert.deepEqual(first.ids, ['anna-gross']);
    const newcomer = req('person', 'Anna Gross', 'a-article');
    const second = assignIds([newcomer, req('person', 'Anna Groß', 'm-article')], first.permalinks, ['a-article', 'm-article']);
    assert.deepEqual(second.ids, ['anna-gross-2', 'anna-gross']);
  });

  it('keeps an id when the canonical name changes, matching by alias', () => {
    const before = assignIds([req('organisation', 'Guardian', 'a')], [], ['a']);
    const after = assignIds([req('organisation', 'The Guardian', 'a', { aliases: ['Guardian'] })], before.permalinks, ['a', 'b']);
    assert.deepEqual(after.ids, ['guardian']);
  });

  it('never gives a new entity an id that was ever published, even a redirect', () => {
    const previous: Permalink[] = [
      { id: 'jones', kind: 'person', current: 'ray-jones' },
      { id: 'ray-jones', kind: 'person', current: 'ray-jones' },
    ];
    const result = assignIds([req('person', 'Ray Jones', 'a', { aliases: [] }), req('person', 'Jones', 'b')], previous, ['a', 'b']);
    assert.deepEqual(result.ids, ['ray-jones', 'jones-2']);
    assert.deepEqual(result.permalinks.find((p) => p.id === 'jones'), { id: 'jones', kind: 'person', current: 'ray-jones' });
  });

  it('redirects the id of an entity merged into another to its successor', () => {
    const first = assignIds([req('person', 'Ray Jones', 'a'), req('person', 'Jones', 'b')], [], ['a', 'b']);
    assert.deepEqual(first.ids, ['ray-jones', 'jones']);
    const merged = req('person', 'Ray Jones', 'a', { aliases: ['Jones'], articles: ['a', 'b'] });
    const second = assignIds([merged], first.permalinks, ['a', 'b']);
    assert.deepEqual(second.ids, ['ray-jones']);
    assert.deepEqual(second.permalinks.filter((p) => p.kind === 'person'), [
      { id: 'jones', kind: 'person', current: 'ray-jones' },
      { id: 'ray-jones', kind: 'person', current: 'ray-jones' },
    ]);
  });

  it('gives a renamed entity the id of its new name and redirects the old one', () => {
    const first = assignIds([req('person', 'Ann Lee', 'a')], [], ['a']);
    const renamed = req('person', 'Annabel Lee', 'a', { aliases: ['Ann Lee'], renamed: true });
    const second = assignIds([renamed], first.permalinks, ['a']);
    assert.deepEqual(second.ids, ['annabel-lee']);
    assert.deepEqual(second.permalinks.find((p) => p.id === 'ann-lee'), { id: 'ann-lee', kind: 'person', current: 'annabel-lee' });
    // The next build keeps the new id.
    assert.deepEqual(assignIds([renamed], second.permalinks, ['a']).ids, ['annabel-lee']);
  });

  it('gives an undone rename its old id back, and redirects the abandoned new id to it', () => {
    const first = assignIds([req('person', 'Ann Lee', 'a')], [], ['a']);
    const second = assignIds([req('person', 'Annabel Lee', 'a', { aliases: ['Ann Lee'], renamed: true })], first.permalinks, ['a']);
    const undone = assignIds([req('person', 'Ann Lee', 'a')], second.permalinks, ['a']);
    assert.deepEqual(undone.ids, ['ann-lee']);
    assert.deepEqual(undone.permalinks.filter((p) => p.kind === 'person'), [
      { id: 'ann-lee', kind: 'person', current: 'ann-lee' },
      { id: 'annabel-lee', kind: 'person', current: 'ann-lee' },
    ]);
    assert.deepEqual(undone.warnings, []);
  });

  it('gives an undone rename its old id back when the text itself uses the renamed name as an alias', () => {
    const first = assignIds([req('person', 'Ann Lee', 'a', { aliases: ['Dr Ann Lee'] })], [], ['a']);
    const second = assignIds([req('person', 'Dr Ann Lee', 'a', { aliases: ['Ann Lee', 'Dr Ann Lee'], renamed: true })], first.permalinks, ['a']);
    assert.deepEqual(second.ids, ['dr-ann-lee']);
    const undone = assignIds([req('person', 'Ann Lee', 'a', { aliases: ['Dr Ann Lee'] })], second.permalinks, ['a']);
    assert.deepEqual(undone.ids, ['ann-lee']);
    assert.deepEqual(undone.permalinks.filter((p) => p.kind === 'person'), [
      { id: 'ann-lee', kind: 'person', current: 'ann-lee' },
      { id: 'dr-ann-lee', kind: 'person', current: 'ann-lee' },
    ]);
  });

  it('does not take back a redirected slug whose target another entity still holds', () => {
    const previous: Permalink[] = [
      { id: 'ann-lee', kind: 'person', current: 'annabel-lee' },
      { id: 'annabel-lee', kind: 'person', current: 'annabel-lee' },
    ];
    const result = assignIds([req('person', 'Annabel Lee', 'a'), req('person', 'Ann Lee', 'b')], previous, ['a', 'b']);
    assert.deepEqual(result.ids, ['annabel-lee', 'ann-lee-2']);
  });

  it('keeps a published id with its entity when curation renames another entity onto its name', () => {
    const first = assignIds([req('person', 'Ray Jones', 'a'), req('person', 'Kathy Evans', 'b')], [], ['a', 'b']);
    // Ray Jones is mentioned first, so he wins any tie of rank.
    const renamed = req('person', 'KATHY-EVANS', 'a', { aliases: ['Ray Jones'], renamed: true });
    const second = assignIds([renamed, req('person', 'Kathy Evans', 'b')], first.permalinks, ['a', 'b']);
    assert.deepEqual(second.ids, ['kathy-evans-2', 'kathy-evans']);
    assert.deepEqual(second.permalinks.find((p) => p.id === 'ray-jones'), { id: 'ray-jones', kind: 'person', current: 'kathy-evans-2' });
  });

  it('keeps a renamed entity\'s id when a later article names someone else by that name', () => {
    const first = assignIds([req('person', 'Ray Jones', 'a')], [], ['a']);
    const renamed = req('person', 'Raymond Jones', 'a', { aliases: ['Ray Jones'], renamed: true });
    const second = assignIds([renamed], first.permalinks, ['a']);
    const third = assignIds([renamed, req('person', 'Raymond Jones', 'b')], second.permalinks, ['a', 'b']);
    assert.deepEqual(third.ids, ['raymond-jones', 'raymond-jones-2']);
  });

  it('follows redirect chains to the entity that holds the name now', () => {
    const previous: Permalink[] = [
      { id: 'old-name', kind: 'person', current: 'middle-name' },
      { id: 'middle-name', kind: 'person', current: 'middle-name' },
    ];
    const result = assignIds([req('person', 'New Name', 'a', { aliases: ['Middle Name'], renamed: true })], previous, ['a']);
    assert.deepEqual(result.permalinks.filter((p) => p.kind === 'person'), [
      { id: 'middle-name', kind: 'person', current: 'new-name' },
      { id: 'new-name', kind: 'person', current: 'new-name' },
      { id: 'old-name', kind: 'person', current: 'new-name' },
    ]);
  });

  it('keeps an id that no entity holds any more, with a warning', () => {
    const previous: Permalink[] = [{ id: 'gone', kind: 'organisation', current: 'gone' }];
    const result = assignIds([], previous, []);
    assert.deepEqual(result.permalinks, previous);
    assert.deepEqual(result.warnings, ['permalinks: organisation "gone" no longer resolves to an entity']);
  });

  it('lists every article, keeps previously published articles, and never reuses an article id', () => {
    const previous: Permalink[] = [{ id: 'old-story', kind: 'article', current: 'old-story' }];
    const result = assignIds([req('organisation', 'Big Story', 'big-story')], previous, ['big-story']);
    assert.deepEqual(result.ids, ['big-story-2']);
    assert.deepEqual(result.permalinks, [
      { id: 'big-story', kind: 'article', current: 'big-story' },
      { id: 'big-story-2', kind: 'organisation', current: 'big-story-2' },
      { id: 'old-story', kind: 'article', current: 'old-story' },
    ]);
  });

  it('prefers the kind an id was published as when a person and an organisation share a name', () => {
    const previous: Permalink[] = [
      { id: 'kingston', kind: 'organisation', current: 'kingston' },
      { id: 'kingston-2', kind: 'person', current: 'kingston-2' },
    ];
    const result = assignIds([req('person', 'Kingston', 'a'), req('organisation', 'Kingston', 'b')], previous, ['a', 'b']);
    assert.deepEqual(result.ids, ['kingston-2', 'kingston']);
  });

  it('returns permalinks sorted by id with unique ids', () => {
    const { permalinks } = assignIds([req('person', 'B', 'x'), req('person', 'A', 'x'), req('organisation', 'A', 'y')], [], ['y', 'x']);
    const ids = permalinks.map((p) => p.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('exports', () => {
  it('exposes only assignIds', () => {
    assert.deepEqual(Object.keys(api), ['assignIds']);
  });
});

describe('assignIds when curation changes a kind', () => {
  it('keeps the id and records the kind it was published as, so that page can redirect; back again, both are kept', () => {
    const first = assignIds([req('person', 'Gerald', 'a')], [], ['a']);
    const recast = assignIds([req('organisation', 'Gerald', 'a')], first.permalinks, ['a']);
    assert.deepEqual(recast.ids, ['gerald']);
    assert.deepEqual(recast.permalinks.find((p) => p.id === 'gerald'), { id: 'gerald', kind: 'organisation', current: 'gerald', formerKinds: ['person'] });
    const back = assignIds([req('person', 'Gerald', 'a')], recast.permalinks, ['a']);
    assert.deepEqual(back.permalinks.find((p) => p.id === 'gerald'), { id: 'gerald', kind: 'person', current: 'gerald', formerKinds: ['organisation'] });
    // An unchanged kind adds nothing.
    assert.deepEqual(assignIds([req('person', 'Gerald', 'a')], first.permalinks, ['a']).permalinks.find((p) => p.id === 'gerald'), { id: 'gerald', kind: 'person', current: 'gerald' });
  });
});
