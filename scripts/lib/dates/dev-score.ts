/**
 * Development check: runs extractDates over the seed articles and scores the ISO sets
 * against the answer keys. Usage: node scripts/lib/dates/dev-score.ts [seedDir] [keyDir] [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates } from '../extract-dates.ts';
import type { ArticleText, Segment } from '../types.ts';

interface KeyDate {
  text: string;
  iso: string;
  optional: boolean;
}

const verbose = process.argv.includes('--verbose');
const [seedDir = 'seeds', keyDir = '/work/shared/eval/seeds'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** Blank-line blocks with wrapped lines joined, as the real parser roughly gives them. */
function toSegments(text: string): Segment[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((block, i) => ({ paragraph: i + 1, kind: 'body', text: block }));
}

let tp = 0;
let fp = 0;
let fn = 0;
let ms = 0;
const articles: ArticleText[] = [];
const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const key = JSON.parse(readFileSync(join(keyDir, file.replace(/\.txt$/, '.json')), 'utf8'));
  const published: string | null = key.article.published ?? key.article.published_inferred ?? null;
  const article: ArticleText = { id: file, title: null, segments: toSegments(readFileSync(join(seedDir, file), 'utf8')), published, author: null };
  articles.push(article);
  const dates = extractDates(article);
  const keyDates: KeyDate[] = key.dates;
  const required = new Set(keyDates.filter((d) => !d.optional).map((d) => d.iso));
  const optional = new Set(keyDates.filter((d) => d.optional).map((d) => d.iso));
  const found = new Map<string, string[]>();
  for (const d of dates) if (d.iso) found.set(d.iso, [...(found.get(d.iso) ?? []), d.span.text]);
  const misses = [...required].filter((iso) => !found.has(iso));
  const fps = [...found.keys()].filter((iso) => !required.has(iso) && !optional.has(iso));
  const hit = required.size - misses.length;
  tp += hit;
  fp += fps.length;
  fn += misses.length;
  console.log(`${file} (ref ${published}): ${score(hit, fps.length, misses.length)}`);
  for (const iso of misses) console.log(`  miss ${iso} (${keyDates.filter((d) => d.iso === iso).map((d) => d.text).join(' | ')})`);
  for (const iso of fps) console.log(`  FP   ${iso} (${(found.get(iso) ?? []).join(' | ')})`);
  for (const d of dates) if (!d.iso || verbose) console.log(`  ${d.iso ?? 'unresolved'} "${d.span.text}" p${d.span.paragraph} ${d.resolution}`);
}
// timed apart from the first pass, which pays for loading chrono and compromise
const t0 = performance.now();
for (let i = 0; i < 20; i++) for (const article of articles) extractDates(article);
ms = (performance.now() - t0) / (20 * articles.length);
console.log(`ALL: ${score(tp, fp, fn)}; ${ms.toFixed(2)} ms/article`);

function score(t: number, f: number, n: number): string {
  const p = t + f ? t / (t + f) : 1;
  const r = t + n ? t / (t + n) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)} (tp ${t} fp ${f} fn ${n})`;
}
