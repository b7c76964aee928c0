/**
 * Development check for entity extraction (not part of the pipeline): scores
 * extractEntities on the seed articles against the answer keys, and on the entity
 * fixtures, printing per-article P/R/F1, misses and false positives, and ms per article.
 *
 * Usage: node scripts/lib/entities/dev-score.ts [--seeds DIR] [--keys DIR] [--fixtures DIR] [--verbose] [--simple]
 *
 * Seeds go through the real parser (prepareArticle); with --simple, through a deliberately
 * simple splitter instead (blank lines, wrapped lines joined, bracketed URLs removed), which
 * shows how much of the score depends on the parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseName } from '../eval/normalise.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import type { KeyEntity } from '../eval/answer-key.ts';
import { extractEntities } from '../extract-entities.ts';
import { prepareArticle } from '../prepare-article.ts';
import type { ArticleText, LocalEntity, Segment } from '../types.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    keys: { type: 'string', default: '../shared/eval/seeds' },
    fixtures: { type: 'string', default: 'scripts/test/fixtures/entities' },
    verbose: { type: 'boolean', default: false },
    simple: { type: 'boolean', default: false },
  },
});

interface Case {
  name: string;
  article: ArticleText;
  people: KeyEntity[];
  organisations: KeyEntity[];
}

const asKey = (e: Partial<KeyEntity> & { name: string }): KeyEntity => ({ aliases: [], optional: false, roles: [], ...e });

/** Splits a seed text into an ArticleText the way a simple parser would. */
export function seedArticle(id: string, raw: string): ArticleText {
  const blocks = raw
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').map((l) => l.trim()).join(' ').replace(/\s*<https?:\/\/[^>]+>\s*/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0);
  let title: string | null = null;
  let author: string | null = null;
  const segments: Segment[] = [];
  let inComments = false;
  for (const [i, block] of blocks.entries()) {
    if (i === 0 && block.length < 160 && !/[.]$/.test(block)) {
      title = block;
      continue;
    }
    const by = /^By\s+(.+)$/.exec(block);
    if (by && !author) {
      author = by[1] ?? null;
      continue;
    }
    if (!author && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(block) && /\d{4}/.test(blocks[i + 1] ?? '')) {
      author = block;
      continue;
    }
    if (/^\|?\s*(?:\w+day, )?(?:\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})$/.test(block.replace(/^\|\s*/, ''))) continue;
    if (/^\d+ Responses? to /.test(block)) {
      inComments = true;
      continue;
    }
    const kind: Segment['kind'] =
      /^(?:Photo|Image|Photograph|Picture)s?:/.test(block) ? 'caption'
      : inComments && /^\d+\.\s/.test(block) ? 'comment-meta'
      : inComments ? 'comment'
      : 'body';
    segments.push({ paragraph: segments.length + 1, kind, text: kind === 'comment-meta' ? block.replace(/^\d+\.\s+/, '') : block });
  }
  return { id, title, segments, published: null, author };
}

function parsedArticle(file: string, raw: string): ArticleText {
  const prepared = prepareArticle(file, '', raw, undefined);
  if (!prepared.ok) throw new Error(`${file}: ${prepared.reason}`);
  const a = prepared.article;
  return { id: file, title: a.title, segments: a.segments, published: a.published, author: a.author };
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const file of readdirSync(values.seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const key = JSON.parse(readFileSync(join(values.keys, file.replace(/\.txt$/, '.json')), 'utf8')) as Case;
    const raw = readFileSync(join(values.seeds, file), 'utf8');
    const article = values.simple ? seedArticle(file.replace(/\.txt$/, ''), raw) : parsedArticle(file, raw);
    cases.push({ name: `seed ${file}`, article, people: key.people.map(asKey), organisations: key.organisations.map(asKey) });
  }
  for (const dir of readdirSync(values.fixtures).sort()) {
    const article = JSON.parse(readFileSync(join(values.fixtures, dir, 'input.json'), 'utf8')) as ArticleText;
    const expected = JSON.parse(readFileSync(join(values.fixtures, dir, 'expected.json'), 'utf8')) as Case;
    cases.push({ name: `fixture ${dir}`, article, people: expected.people.map(asKey), organisations: expected.organisations.map(asKey) });
  }
  return cases;
}

function view(entities: LocalEntity[], kind: LocalEntity['kind']) {
  return entities
    .filter((e) => e.kind === kind && (e.mentions.length > 0 || e.byline))
    .map((e, i) => ({ id: String(i), name: e.name, names: [...new Set([e.name, ...e.mentions.map((m) => m.text)].map(normaliseName))].sort(), roles: [] }));
}

const f1 = (tp: number, fp: number, fn: number): string => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
};

type Tally = [number, number, number];
const totals: Record<string, Record<'person' | 'organisation', Tally>> = {
  seed: { person: [0, 0, 0], organisation: [0, 0, 0] },
  fixture: { person: [0, 0, 0], organisation: [0, 0, 0] },
};
const cases = loadCases();
for (const c of cases) {
  const entities = extractEntities(c.article);
  const group = totals[c.name.startsWith('seed') ? 'seed' : 'fixture'] as Record<'person' | 'organisation', Tally>;
  const lines: string[] = [];
  for (const kind of ['person', 'organisation'] as const) {
    const score = scoreEntities(kind === 'person' ? c.people : c.organisations, view(entities, kind));
    const t = group[kind];
    t[0] += score.tp;
    t[1] += score.fp;
    t[2] += score.fn;
    lines.push(`  ${kind.padEnd(12)} ${f1(score.tp, score.fp, score.fn)}  tp ${score.tp} fp ${score.fp} fn ${score.fn}`);
    if (score.misses.length) lines.push(`    misses: ${score.misses.join('; ')}`);
    if (score.falsePositives.length) lines.push(`    false positives: ${score.falsePositives.join('; ')}`);
  }
  console.log(`${c.name}\n${lines.join('\n')}`);
  if (values.verbose) for (const e of entities) console.log(`    ${e.kind} ${e.name} [${e.mentions.map((m) => `${m.paragraph}:${m.text}`).join(', ')}]${e.byline ? ' byline' : ''}${e.acronym ? ` acronym=${e.acronym}` : ''}${e.honorific ? ` honorific=${e.honorific}` : ''}`);
}
for (const [group, kinds] of Object.entries(totals)) {
  for (const [kind, [tp, fp, fn]] of Object.entries(kinds)) console.log(`TOTAL ${group} ${kind.padEnd(12)} ${f1(tp ?? 0, fp ?? 0, fn ?? 0)}  tp ${tp} fp ${fp} fn ${fn}`);
}
const started = performance.now();
const rounds = 200;
for (let i = 0; i < rounds; i++) for (const c of cases) extractEntities(c.article);
console.log(`speed: ${((performance.now() - started) / (rounds * cases.length)).toFixed(2)} ms per article (${cases.length} articles x ${rounds})`);
