/**
 * Reads a date/figure fixture: `input.txt` opens with a `published: YYYY[-MM[-DD]]|none` line,
 * then the headline block, then one segment per blank-line block (wrapped lines joined).
 * Test and development helper only: it touches the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleText } from '../types.ts';

/** The fixture's article text. */
export function readFixture(dir: string): ArticleText {
  const raw = readFileSync(join(dir, 'input.txt'), 'utf8');
  const [head = '', ...blocks] = raw.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const published = /^published:\s*(\S+)/.exec(head)?.[1] ?? 'none';
  const [title = null, ...body] = blocks;
  return {
    id: dir.split('/').pop() ?? dir,
    title,
    segments: body.map((text, i) => ({ paragraph: i + 1, kind: 'body', text })),
    published: published === 'none' ? null : published,
    author: null,
  };
}
