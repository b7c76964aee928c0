/**
 * Runs every case in `scripts/test/fixtures/relations/<case>/`: `input.txt` (the article),
 * `entities.json` (the names it uses, as `EntitySpec`s) and `expected.json` (hand-written
 * quotes and roles, plus `knownMisses` for gaps the extractor is known to have). The
 * expected files are answer keys written by a person, so there is no UPDATE mode.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractQuotes } from '../extract-quotes.ts';
import { extractRoles } from '../extract-roles.ts';
import { type EntitySpec, buildTestArticle, buildTestEntities } from './build-test-article.ts';
import { type ExpectedQuote, type ExpectedRole, compareQuotes, compareRoles } from './compare-relations.ts';

const dir = path.resolve(import.meta.dirname, '../../test/fixtures/relations');

describe('relation fixtures', () => {
  for (const name of readdirSync(dir).sort()) {
    it(`finds exactly the quotes and roles of ${name}`, () => {
      const read = (file: string) => readFileSync(path.join(dir, name, file), 'utf8');
      const article = buildTestArticle(name, read('input.txt'));
      const entities = buildTestEntities(article, JSON.parse(read('entities.json')) as EntitySpec[]);
      const expected = JSON.parse(read('expected.json')) as { quotes: ExpectedQuote[]; roles: ExpectedRole[]; knownMisses?: string[] };
      const q = compareQuotes(expected.quotes, extractQuotes(article, entities));
      const r = compareRoles(expected.roles, extractRoles(article, entities), 'exact');
      assert.deepEqual({ misses: [...q.misses, ...r.misses], extras: [...q.extras, ...r.extras] }, { misses: expected.knownMisses ?? [], extras: [] });
    });
  }
});
