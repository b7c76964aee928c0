import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseCuration } from './load-curation.ts';

describe('parseCuration', () => {
  it('accepts the shipped curation file', async () => {
    const result = parseCuration(await readFile('content/curation.yaml', 'utf8'), 'content/curation.yaml');
    assert.equal(result.ok, true);
  });

  it('reports a YAML syntax error with the file and line', () => {
    const result = parseCuration('articles:\n  a.txt:\n    title: "unclosed\n', 'c.yaml');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^c\.yaml:\d+: invalid YAML: /);
  });

  it('names the entry and the field of a schema error', () => {
    const result = parseCuration('articles:\n  a b.txt:\n    published: 14 May 2014\n', 'c.yaml');
    assert.equal(result.ok ? '' : result.error, 'c.yaml: articles."a b.txt".published: expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const result = parseCuration('entities:\n  rejects: [Foo]\n', 'c.yaml');
    assert.match(result.ok ? '' : result.error, /^c\.yaml: entities: Unrecognized key: "rejects"/);
  });

  it('treats an empty file as no curation', () => {
    const result = parseCuration('', 'c.yaml');
    assert.deepEqual(result.ok && result.curation.entities.merge, []);
  });
});
