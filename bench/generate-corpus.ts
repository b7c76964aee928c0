/**
 * Deterministic generator of a realistic news corpus for the benchmark: varied
 * headlines, bylines and date lines, 8–15 paragraphs (about 600 words), quotes,
 * 10–30 mentions per article drawn from a pool of about N/2 people and
 * organisations (a few of them very frequent, as in real news), some site
 * furniture and some hard-wrapped articles. Same N and seed, same bytes.
 *
 * CLI: `node bench/generate-corpus.ts --articles N --out DIR [--seed S]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeArticleBody, type Cast } from './generate-paragraphs.ts';
import { cap, pick, pickSkewed, rng } from './random.ts';
import { BOILERPLATE, DAYS, FIRST_NAMES, HONORIFICS, MONTHS, MONTHS_SHORT, ORG_HEADS, OUTLETS, ROLES, SYLLABLES, TOPICS, VERBS } from './corpus-vocabulary.ts';

export interface Person {
  kind: 'person';
  name: string;
  surname: string;
  honorific: string;
  role: string;
}
export interface Organisation {
  kind: 'organisation';
  name: string;
  /** Initials used after the first mention, or null. */
  acronym: string | null;
}
export type Entity = Person | Organisation;

/** The pool split by kind, built once per corpus (per-article filtering would be O(N²)). */
export interface Pool {
  people: Person[];
  organisations: Organisation[];
}

function word(r: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += pick(r, SYLLABLES);
  return cap(w);
}

/** A pool of max(20, ⌊n/2⌋) distinct people (about 60%) and organisations. */
export function entityPool(n: number, seed = 1): Pool {
  const r = rng(seed);
  const pool: Pool = { people: [], organisations: [] };
  const seen = new Set<string>();
  const size = Math.max(20, Math.floor(n / 2));
  while (pool.people.length + pool.organisations.length < size) {
    if (r() < 0.6) {
      const surname = r() < 0.1 ? `${word(r, 2)}-${word(r, 2)}` : word(r, 2 + Math.floor(r() * 2));
      const name = `${pick(r, FIRST_NAMES)} ${surname}`;
      if (seen.has(name)) continue;
      seen.add(name);
      pool.people.push({ kind: 'person', name, surname, honorific: pick(r, HONORIFICS), role: pick(r, ROLES) });
    } else {
      const [head, of] = pick(r, ORG_HEADS);
      const name = of ? `${head} of ${word(r, 2)} ${pick(r, TOPICS).split(' ').map(cap).join(' ')}` : `${word(r, 2 + Math.floor(r() * 2))} ${head}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      pool.organisations.push({ kind: 'organisation', name, acronym: initials.length >= 3 && r() < 0.5 ? initials : null });
    }
  }
  return pool;
}

function distinct<T>(r: () => number, list: readonly T[], count: number): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < Math.min(count, list.length) && tries < count * 20; tries++) out.add(pickSkewed(r, list));
  return [...out];
}

/** Hard wrap at `width` columns with the trailing space some scrapers leave. */
export function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) {
      out.push(`${line} `);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  out.push(line);
  return out.join('\n');
}

function dateLine(r: () => number, y: number, m: number, d: number): string | null {
  const iso = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const weekday = DAYS[new Date(Date.UTC(y, m, d)).getUTCDay() === 0 ? 6 : new Date(Date.UTC(y, m, d)).getUTCDay() - 1];
  const formats = [
    `| ${d} ${MONTHS[m]} ${y}`,
    `${weekday}, ${MONTHS[m]} ${d}, ${y}`,
    iso,
    `Published: ${d} ${MONTHS[m]} ${y}`,
    `${weekday} ${d} ${MONTHS[m]} ${y} ${String(6 + Math.floor(r() * 14)).padStart(2, '0')}.${String(Math.floor(r() * 60)).padStart(2, '0')} BST`,
    `${MONTHS_SHORT[m]} ${d}, ${y}`,
    `${String(d).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/${y}`,
  ];
  return r() < 0.05 ? null : pick(r, formats);
}

/**
 * Article number `i` of the corpus (0-based), as file text. Depends only on i, the pool and the seed.
 * @param pool from `entityPool(n, seed)`
 */
export function generateArticle(i: number, pool: Pool, seed = 1): string {
  const r = rng(Math.imul(seed, 1000003) + i * 7919);
  const topic = pick(r, TOPICS);
  const cast: Cast = {
    people: distinct(r, pool.people, 3 + Math.floor(r() * 6)),
    organisations: distinct(r, pool.organisations, 1 + Math.floor(r() * 4)),
  };
  const lead = cast.organisations[0]!;
  const y = 2008 + Math.floor(r() * 16);
  const m = Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const outlet = pick(r, OUTLETS);
  const place = word(r, 2);
  const headlines = [
    `${lead.name} ${pick(r, VERBS)} plan for ${topic} in ${place}`,
    `${cap(topic)} shake-up: ${lead.acronym ?? lead.name} faces questions over £${10 + Math.floor(r() * 300)}m deal`,
    `'We were never asked': ${place} residents on ${topic} cuts`,
    `${cap(topic)} plans ${pick(r, VERBS)} after review`,
  ];
  const author = `${pick(r, FIRST_NAMES)} ${word(r, 2)}`;
  const bylines = [`By ${author}`, author, `${author}, ${topic.split(' ').map(cap).join(' ')} Correspondent`, `By ${author} and ${pick(r, FIRST_NAMES)} ${word(r, 2)}`, `${author} | ${outlet}`];
  const header: string[] = [];
  if (r() < 0.2) header.push(outlet);
  header.push(pick(r, headlines));
  if (r() < 0.3) header.push(`The ${topic} review in ${place} could change how services are run for a decade`);
  const byline = pick(r, bylines);
  const date = dateLine(r, y, m, d);
  if (date && r() < 0.3) header.push(date, byline);
  else header.push(byline, ...(date ? [date] : []));

  const { paragraphs } = writeArticleBody(r, cast, { topic, place, year: y, month: m });
  const wrap = r() < 0.25 ? 72 + Math.floor(r() * 9) : 0;
  const blocks = [...header];
  paragraphs.forEach((p, n) => {
    if (n === 3 && r() < 0.15) blocks.push(pick(r, BOILERPLATE.slice(0, 6)));
    blocks.push(wrap ? hardWrap(p, wrap) : p);
  });
  const tail = BOILERPLATE.filter(() => r() < 0.12).map((b) => b.replace('{year}', String(y)).replace('{outlet}', outlet));
  const text = `${[...blocks, ...tail].join('\n\n')}\n`;
  return r() < 0.03 ? text.replace(/\n/g, '\r\n') : text;
}

/** File name of article `i`: zero-padded index plus a short stable hash, like real scrape dumps. */
export function articleFileName(i: number, seed = 1): string {
  const r = rng(Math.imul(seed, 31337) ^ i);
  return `${String(i).padStart(6, '0')}_${Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')}.txt`;
}

/** Writes articles 0…n-1 into `dir` (created if missing); returns total bytes. */
export function writeCorpus(dir: string, n: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  const pool = entityPool(n, seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = generateArticle(i, pool, seed);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, articleFileName(i, seed)), text);
  }
  return bytes;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string', default: 'bench/work/corpus' }, seed: { type: 'string', default: '1' } } });
  const n = Number(values.articles);
  const bytes = writeCorpus(values.out, n, Number(values.seed));
  console.log(`generate-corpus: ${n} articles, ${(bytes / 1048576).toFixed(1)} MiB -> ${values.out}`);
}
