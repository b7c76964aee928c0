/**
 * Content-layer loader for Dossier's generated article MDX: reads each `*.mdx`,
 * validates its frontmatter with the collection schema and stores the body
 * already rendered to HTML (see render-mdx-html.ts). Astro then renders the
 * entries like Markdown entries, from the data store, instead of compiling,
 * bundling and importing one JavaScript module per article.
 * Unchanged files (same digest) keep their stored HTML between builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import YAML from 'yaml';
import { renderMdxHtml } from './render-mdx-html.ts';

/** Splits `---\nYAML---\n\nbody` into frontmatter data and body. */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (YAML.parse(match[1]!) ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** @param base folder of the `*.mdx` files, absolute or relative to the project root */
export function mdxHtmlLoader(base: string): Loader {
  return {
    name: 'dossier-mdx-html',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const seen = new Set<string>();
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
        const file = path.join(dir, name);
        const id = name.slice(0, -'.mdx'.length);
        const source = readFileSync(file, 'utf8');
        const digest = generateDigest(source);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { data, body } = splitFrontmatter(source);
        const filePath = path.relative(root, file).split(path.sep).join('/');
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest, rendered: { html: renderMdxHtml(body) } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
