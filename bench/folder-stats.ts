/**
 * Sizes, page counts and content digests of benchmark output folders.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted POSIX paths relative to it; [] when `dir` is missing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Total bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, rel) => sum + statSync(path.join(dir, rel)).size, 0);
}

/** HTML pages of a built site, Pagefind's own folder excluded. */
export function countPages(dist: string): number {
  return listFiles(dist).filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/')).length;
}

/** Path -> sha256 of every file under `dir`. */
export function folderDigests(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((rel) => [rel, createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex')]));
}

/** Paths that differ between two folders (missing on one side, or different bytes), sorted. */
export function diffFolders(a: string, b: string): string[] {
  const da = folderDigests(a);
  const db = folderDigests(b);
  const names = [...new Set([...da.keys(), ...db.keys()])].sort();
  return names.filter((n) => da.get(n) !== db.get(n));
}
