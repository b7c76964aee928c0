import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadCuration, parseCuration } from './load-curation.ts';

describe('parseCuration', () => {
  it('accepts the shipped curation file', async () => {
    const result = parseCuration(await readFile('content/curation.yaml', 'utf8'), 'content/curation.yaml');
    assert.equal(result.ok, true);
  });

  it('reports a YAML syntax error with the file and line', () => {
    const result = parseCuration('articles:\n  a.txt:\n    title: "unclosed\n', 'c.yaml');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^c\.yaml:\d+: invalid YAML: /);
    assert.doesNotMatch(result.ok ? '' : result.error, /column \d+:?$/);
  });

  it('names the entry and the field of a schema error', () => {
    const result = parseCuration('articles:\n  a b.txt:\n    published: 14 May 2014\n', 'c.yaml');
    assert.equal(result.ok ? '' : result.error, 'c.yaml: articles."a b.txt".published: expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('refuses an original URL readers could not safely follow, and a day the calendar lacks', () => {
    for (const url of ['javascript:alert(document.domain)', 'data:text/html,<b>x</b>', 'https://example.com/a b', 'ftp://example.com/a'])
      assert.match((r => (r.ok ? '' : r.error))(parseCuration(`articles:\n  a.txt:\n    url: "${url}"\n`, 'c.yaml')), /^c\.yaml: articles\."a\.txt"\.url: /, url);
    assert.equal(parseCuration('articles:\n  a.txt:\n    url: "https://example.com/news/a?x=1#p-2"\n', 'c.yaml').ok, true);
    const result = parseCuration('articles:\n  a.txt:\n    published: "2016-02-30"\n', 'c.yaml');
    assert.equal(result.ok ? '' : result.error, 'c.yaml: articles."a.txt".published: expected a calendar date (that month has fewer days)');
    assert.equal(parseCuration('articles:\n  a.txt:\n    published: "2016-02-29"\n', 'c.yaml').ok, true);
  });

  it('refuses a blank title, author or name, and trims the ones it keeps', () => {
    const blank = parseCuration('articles:\n  a.txt:\n    title: "   "\n', 'c.yaml');
    assert.equal(blank.ok ? '' : blank.error, 'c.yaml: articles."a.txt".title: must not be empty or blank');
    const renamed = parseCuration('entities:\n  rename:\n    - { from: " Ray Jones ", to: "Raymond Jones  " }\n', 'c.yaml');
    assert.deepEqual(renamed.ok ? renamed.curation.entities.rename : null, [{ from: 'Ray Jones', to: 'Raymond Jones' }]);
  });

  it('names the file for a folder, a second document or an alias bomb, and reads an unquoted year', async () => {
    assert.deepEqual(await loadCuration(import.meta.dirname), { ok: false, error: `${import.meta.dirname}: is a folder, not a curation file` });
    const two = parseCuration('articles: {}\n---\nentities: {}\n', 'c.yaml');
    assert.match(two.ok ? '' : two.error, /^c\.yaml: invalid YAML: more than one document/);
    const bomb = parseCuration(['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n'), 'c.yaml');
    assert.match(bomb.ok ? '' : bomb.error, /^c\.yaml: invalid YAML: /);
    const year = parseCuration('articles:\n  a.txt:\n    published: 2014\n', 'c.yaml');
    assert.equal(year.ok ? year.curation.articles['a.txt']?.published : null, '2014');
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
