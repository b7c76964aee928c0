/**
 * Fingerprint of the code behind one function: the source of its module and of
 * every module it imports, transitively, plus the versions of the packages they
 * use. A cache keyed on it is invalidated by any edit to that code, and only by those.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Static `import … from '…'`, `export … from '…'` and side-effect `import '…'`; type-only imports included (harmless).
const IMPORT = /^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Specifiers imported by a module's source text, in order of appearance. */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** `pkg` or `@scope/pkg` of a bare specifier such as `@citation-js/core/lib/x`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

async function packageVersion(name: string, from: string): Promise<string> {
  if (name.startsWith('node:')) return process.version;
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name, pathToFileURL(from).href)));
    for (;;) {
      const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => '{}')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? '';
      const up = path.dirname(dir);
      if (up === dir) return 'unknown';
      dir = up;
    }
  } catch {
    return 'unresolved';
  }
}

const memo = new Map<string, Promise<string>>();

/**
 * sha256 over the module graph rooted at `entry` (relative imports followed, packages by version).
 * Memoised per process: code does not change while a build runs.
 */
export function moduleFingerprint(entry: URL): Promise<string> {
  const key = entry.href;
  let result = memo.get(key);
  if (!result) {
    result = computeFingerprint(fileURLToPath(entry));
    memo.set(key, result);
  }
  return result;
}

async function computeFingerprint(entry: string): Promise<string> {
  const files = new Map<string, string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    const source = await readFile(file, 'utf8');
    files.set(file, source);
    for (const spec of importSpecifiers(source)) {
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec));
      else if (!packages.has(packageName(spec))) packages.set(packageName(spec), await packageVersion(packageName(spec), file));
    }
  }
  const hash = createHash('sha256');
  const root = path.dirname(entry);
  for (const file of [...files.keys()].sort()) hash.update(`${path.relative(root, file)}\0${files.get(file)}\0`);
  for (const name of [...packages.keys()].sort()) hash.update(`${name}@${packages.get(name)}\0`);
  return hash.digest('hex');
}
