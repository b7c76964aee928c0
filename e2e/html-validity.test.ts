/**
 * Gate: every built page is valid HTML (html-validate, rule set in .htmlvalidate.json:
 * the recommended preset, minus pure style rules that say nothing about validity).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const dist = process.env.DOSSIER_DIST ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !path.relative(dir, e.parentPath).startsWith('pagefind'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('HTML validity', () => {
  it('flags an invalid page (the validator is really configured)', async () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>');
    assert.equal(report.valid, false);
  });

  it('finds no html-validate error in any built page', async () => {
    const files = htmlFiles(dist);
    assert.ok(files.length > 10, `only ${files.length} pages in ${dist}: build first`);
    // The repository's rule set, explicitly: dist/ may live outside the repository (tests build into tmp).
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problem(s)`);
  });
});
