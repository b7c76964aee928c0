import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { importSpecifiers, moduleFingerprint, packageName } from './module-fingerprint.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Writes a small module graph a -> b -> c, plus an unrelated d, into a fresh folder. */
function graph(name: string, c = 'export const c = 1;\n'): string {
  const dir = path.join(temp, name);
  const files: Record<string, string> = {
    'a.ts': "import { b } from './b.ts';\nimport YAML from 'yaml';\nexport const a = b;\n",
    'b.ts': "export { c as b } from './c.ts';\nimport type { X } from './types.ts';\n",
    'c.ts': c,
    'types.ts': 'export type X = 1;\n',
    'd.ts': 'export const d = 4;\n',
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), text, { flag: 'w' });
  }
  return dir;
}

describe('importSpecifiers', () => {
  it('lists static imports, re-exports and side-effect imports, but not words in strings', () => {
    const source = "import a from './a.ts';\nexport { b } from \"pkg/b\";\nimport './side.ts';\nconst s = 'import x from y';\n";
    assert.deepEqual(importSpecifiers(source), ['./a.ts', 'pkg/b', './side.ts']);
  });
});

describe('packageName', () => {
  it('keeps the scope of scoped packages and drops subpaths', () => {
    assert.equal(packageName('@citation-js/core/lib/x.js'), '@citation-js/core');
    assert.equal(packageName('chrono-node/en'), 'chrono-node');
  });
});

describe('moduleFingerprint', () => {
  it('changes when a transitively imported module changes, and not when an unrelated one does', async () => {
    const one = graph('one');
    const two = graph('two', 'export const c = 2;\n');
    const three = graph('three');
    writeFileSync(path.join(three, 'd.ts'), 'export const d = 5;\n');
    const fp = (dir: string) => moduleFingerprint(pathToFileURL(path.join(dir, 'a.ts')));
    assert.notEqual(await fp(one), await fp(two));
    assert.equal(await fp(one), await fp(three));
  });
});
