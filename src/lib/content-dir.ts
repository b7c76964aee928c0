/**
 * The generated content folder the site reads: `DOSSIER_CONTENT` (set by
 * `npm run build -- --out DIR`), else `./content`. Relative paths are taken from the
 * project root, where every build runs.
 */
export function contentDir(): string {
  return process.env.DOSSIER_CONTENT ?? './content';
}

/** The path of a data file, `<content>/data/<name>.json`: for the collections and for pages that read one. */
export function dataFile(name: string): string {
  return `${contentDir()}/data/${name}.json`;
}
