/**
 * The generated content folder the site reads: `DOSSIER_CONTENT` (set by
 * `npm run build -- --out DIR`), else `./content`. Relative paths are taken from the
 * project root, where every build runs.
 */
export function contentDir(): string {
  return process.env.DOSSIER_CONTENT ?? './content';
}
