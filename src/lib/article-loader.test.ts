import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitFrontmatter } from './article-loader.ts';

describe('splitFrontmatter', () => {
  it('parses YAML 1.2, so ISO dates stay strings', () => {
    const { data, body } = splitFrontmatter('---\nid: a\npublished: 2014-06-20\n---\n\nBody\n');
    assert.deepEqual(data, { id: 'a', published: '2014-06-20' });
    assert.equal(body, '\nBody\n');
  });
});
