/**
 * Development check (not part of the pipeline): runs quote and role extraction on the
 * seeds, with entities built from their answer keys, and on the relation fixtures,
 * then prints matches, misses and extras, precision, recall and time per article.
 *
 *     node scripts/lib/relations/dev-score.ts [--verbose] [--keys /work/shared/eval/seeds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractQuotes } from '../extract-quotes.ts';
import { extractRoles } from '../extract-roles.ts';
import type { ArticleText, LocalEntity, LocalQuote, LocalRole } from '../types.ts';
import { type EntitySpec, buildTestArticle, buildTestEntities } from './build-test-article.ts';
import { type Comparison, type ExpectedQuote, type ExpectedRole, compareQuotes, compareRoles } from './compare-relations.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keysDir = args[args.indexOf('--keys') + 1] && args.includes('--keys') ? args[args.indexOf('--keys') + 1]! : path.join(root, 'eval/seeds');

interface KeyEntity {
  name: string;
  aliases?: string[];
  optional?: boolean;
  roles?: string[];
}
interface Key {
  file: string;
  article: { title: string | null };
  people: KeyEntity[];
  organisations: KeyEntity[];
  quotes: ExpectedQuote[];
}

interface Case {
  name: string;
  article: ArticleText;
  entities: LocalEntity[];
  quotes: ExpectedQuote[];
  roles: ExpectedRole[];
  roleMode: 'exact' | 'contained';
}

function seedCases(): Case[] {
  return readdirSync(keysDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const key = JSON.parse(readFileSync(path.join(keysDir, f), 'utf8')) as Key;
      const text = readFileSync(path.join(root, 'seeds', key.file), 'utf8');
      let inComments = false;
      const article = buildTestArticle(key.file, text, (p) => {
        if (/^\d+ Responses? to |^blog comments powered by/i.test(p)) inComments = true;
        if (inComments) return 'comment';
        return p === key.article.title ? 'header' : 'body';
      });
      const specs: EntitySpec[] = [
        ...key.people.map((p) => ({ kind: 'person' as const, name: p.name, forms: p.aliases ?? [], byline: (p.roles ?? []).includes('byline author') })),
        ...key.organisations.map((o) => ({ kind: 'organisation' as const, name: o.name, forms: o.aliases ?? [] })),
      ];
      const roles = key.people
        .filter((p) => !p.optional)
        .flatMap((p) => (p.roles ?? []).map((title) => ({ person: p.name, title, organisation: null })));
      return { name: key.file, article, entities: buildTestEntities(article, specs), quotes: key.quotes, roles, roleMode: 'contained' as const };
    });
}

function fixtureCases(): Case[] {
  const dir = path.join(root, 'scripts/test/fixtures/relations');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const read = (f: string) => readFileSync(path.join(dir, name, f), 'utf8');
      const article = buildTestArticle(name, read('input.txt'));
      const expected = JSON.parse(read('expected.json')) as { quotes: ExpectedQuote[]; roles: ExpectedRole[] };
      const entities = buildTestEntities(article, JSON.parse(read('entities.json')) as EntitySpec[]);
      return { name, article, entities, quotes: expected.quotes, roles: expected.roles, roleMode: 'exact' as const };
    });
}

function run(title: string, cases: Case[]): void {
  const total = { q: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
  let ms = 0;
  for (const c of cases) {
    const t0 = performance.now();
    const quotes: LocalQuote[] = extractQuotes(c.article, c.entities);
    const roles: LocalRole[] = extractRoles(c.article, c.entities);
    ms += performance.now() - t0;
    const q = compareQuotes(c.quotes, quotes);
    const r = compareRoles(c.roles, roles, c.roleMode);
    add(total.q, q);
    add(total.r, r);
    console.log(`${c.name}: quotes ${q.tp}/${c.quotes.length} (+${q.extras.length} extra), roles ${r.tp}/${c.roles.length} (+${r.extras.length} extra)`);
    for (const m of q.misses) console.log(`   MISS quote  ${m}`);
    for (const m of q.extras) console.log(`   EXTRA quote ${m}`);
    for (const m of r.misses) console.log(`   miss role   ${m}`);
    for (const m of r.extras) console.log(`   extra role  ${m}`);
    if (verbose) for (const x of quotes) console.log(`   = ${x.speaker} [p${x.paragraph}+${x.span}] ${x.text.slice(0, 70)}`);
  }
  console.log(`${title}: quotes ${prf(total.q)} | roles ${prf(total.r)} | ${(ms / cases.length).toFixed(2)} ms/article\n`);
}

function add(t: { tp: number; fp: number; fn: number }, c: Comparison): void {
  t.tp += c.tp;
  t.fp += c.extras.length;
  t.fn += c.misses.length;
}

function prf(t: { tp: number; fp: number; fn: number }): string {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  return `P ${(100 * p).toFixed(1)}% R ${(100 * r).toFixed(1)}% (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

/** Times many passes over the cases, after a warm-up, so the figure is steady-state cost per article. */
function bench(cases: Case[], passes: number): void {
  for (const c of cases) extractQuotes(c.article, c.entities);
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) for (const c of cases) {
    extractQuotes(c.article, c.entities);
    extractRoles(c.article, c.entities);
  }
  const ms = (performance.now() - t0) / (passes * cases.length);
  const words = cases.reduce((n, c) => n + c.article.segments.reduce((m, s) => m + s.text.split(/\s+/).length, 0), 0) / cases.length;
  console.log(`BENCH: ${ms.toFixed(2)} ms/article (quotes + roles), mean ${Math.round(words)} words/article, ${passes} passes`);
}

const seeds = seedCases();
const fixtures = fixtureCases();
run('SEEDS', seeds);
run('FIXTURES', fixtures);
if (args.includes('--bench')) bench([...seeds, ...fixtures], 200);
