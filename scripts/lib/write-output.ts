/**
 * Writes generated content: data files and article MDX. Files are rewritten only
 * when their bytes change, and MDX files of articles that are gone are removed.
 * Never touches anything else under the output folder (curation.yaml is hand-edited).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @param mdx article id -> MDX text */
export async function writeOutput(out: string, dataFiles: Map<string, string>, mdx: Map<string, string>): Promise<void> {
  const dataDir = path.join(out, 'data');
  const articlesDir = path.join(out, 'articles');
  await mkdir(dataDir, { recursive: true });
  await mkdir(articlesDir, { recursive: true });
  for (const [name, text] of dataFiles) await writeIfChanged(path.join(dataDir, name), text);
  for (const [id, text] of mdx) await writeIfChanged(path.join(articlesDir, `${id}.mdx`), text);
  for (const name of await readdir(articlesDir)) {
    if (name.endsWith('.mdx') && !mdx.has(name.slice(0, -4))) await rm(path.join(articlesDir, name));
  }
}

async function writeIfChanged(file: string, text: string): Promise<void> {
  try {
    if ((await readFile(file, 'utf8')) === text) return;
  } catch {
    // missing: write it
  }
  await writeFile(file, text);
}
