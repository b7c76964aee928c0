import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCliOptions } from './cli-options.ts';

describe('parseCliOptions', () => {
  it('gives the defaults, and "none" as no curation', () => {
    const options = parseCliOptions(['--curation', 'none']);
    assert.deepEqual([options.seeds, options.out, options.curation, options.skipInvalid], ['seeds', 'content', null, false]);
  });

  it('refuses an unknown option and an empty folder or address, which would write into the working folder', () => {
    assert.throws(() => parseCliOptions(['--output', 'x']), /Unknown option '--output'/);
    for (const args of [['--out='], ['--seeds', ''], ['--site', ' ']]) assert.throws(() => parseCliOptions(args), /needs a value/, args.join(' '));
  });

  it('refuses a site address that is not a web address', () => {
    for (const site of ['example.org', 'https://a.b c', 'ftp://example.org']) assert.throws(() => parseCliOptions(['--site', site]), /--site must be a web address/, site);
    assert.equal(parseCliOptions(['--site', 'http://localhost:4321']).site, 'http://localhost:4321');
    assert.equal(parseCliOptions(['--site', 'https://archive.example.org/dossier/']).site, 'https://archive.example.org/dossier/');
  });

  it('refuses an option given twice, and an out folder that is the seeds folder or inside it (or holds it)', () => {
    assert.throws(() => parseCliOptions(['--seeds', 'a', '--seeds', 'b']), /--seeds is given twice/);
    for (const [seeds, out] of [['texts', 'texts'], ['texts', 'texts/content'], ['site/articles/texts', 'site']]) {
      assert.throws(() => parseCliOptions(['--seeds', seeds!, '--out', out!]), /must not be the --seeds folder/, `${seeds} ${out}`);
    }
    assert.equal(parseCliOptions(['--seeds', 'texts', '--out', 'texts-content']).out, 'texts-content');
    assert.equal(parseCliOptions(['--seeds', 'content/seeds', '--out', 'content']).seeds, 'content/seeds');
  });
});
