/**
 * The ingest pipeline: read -> parse -> extract -> resolve -> validate -> write.
 * Each step is a named function; this module only wires them and reports.
 */
import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { ArticleMeta } from '../../src/schemas/article.ts';
import type { Curation } from '../../src/schemas/curation.ts';
import { assignArticleIds } from './assign-article-ids.ts';
import { updateDataFiles, type ArticleRecord } from './build-data-files.ts';
import { ContentCache } from './content-cache.ts';
import { extractAll } from './extract-all.ts';
import { extractorFingerprint } from './extraction-cache.ts';
import { ResolutionState } from './incremental/resolution-state.ts';
import { ReusedEntry } from './incremental/merge-entries.ts';
import { loadCuration } from './load-curation.ts';
import { moduleFingerprint } from './module-fingerprint.ts';
import { packLinks } from './packed-links.ts';
import { prepareAllWithDigests, type PreparedMeta } from './prepare-all.ts';
import { readPrevious } from './read-previous.ts';
import { readSeeds, type KnownSeeds, type SeedFile, type SeedProblem } from './read-seeds.ts';
import type { EntityLink } from './remark-entity-links.ts';
import { serializeAllLazily, type SerializeJob } from './serialize-all.ts';
import { StagedFiles } from './staged-files.ts';
import type { ArticleText } from './types.ts';
import { validateDataFiles, type DataFileName } from './validate-data-files.ts';
import { writeOutput } from './write-output.ts';

const VALIDATOR = new URL('./validate-data-files.ts', import.meta.url);
const LINKS = new URL('./article-links.ts', import.meta.url);
const READER = new URL('./read-seeds.ts', import.meta.url);
/** The one entry of the `valid` cache: digests of the data-file entries last found valid. */
const VALID_KEY = 'entries';
/**
 * Bytes of data-file text held in memory before the rest goes to temporary files. Text with
 * any non-Latin-1 character costs two bytes a character in V8, so this is up to 256 MB of
 * heap: at 10,000 articles (170 MB of data files) only the smaller files go to disk; at
 * 100,000 (1.7 GB, next to 3.3 GB of resolved data) nearly all of it does.
 */
const STAGE_BUDGET = 128 * 1024 * 1024;

export interface IngestOptions {
  seeds: string;
  out: string;
  /** Curation file; default `<out>/curation.yaml`; null for none. */
  curation?: string | null | undefined;
  /** Build everything else when some files are bad, and exit 0. */
  skipInvalid?: boolean;
  /** Cache folder for parsed articles, extractions and MDX (content-addressed); default `.cache/extract`; null disables it. */
  cacheDir?: string | null | undefined;
  quiet?: boolean;
  /** The curation file was named by the user (`--curation FILE`), so a missing one is an error, not "no fixes". */
  curationRequired?: boolean;
}

export interface IngestResult {
  ok: boolean;
  problems: SeedProblem[];
  warnings: string[];
  articles: number;
  /** The totals line ("5 articles, 20 people, …"), the same after a patched run as after a clean one. */
  summary: string;
  /** True when the earlier run's data files were patched rather than rebuilt (see updateDataFiles). */
  patched: boolean;
}

/** Runs ingest; never throws for bad input: problems come back as one line per file. */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  step('start');
  const curationFile = options.curation === undefined ? path.join(options.out, 'curation.yaml') : options.curation;

  // 1. Hand-edited curation, validated first: a typo there fails fast.
  // A curation file named on the command line must exist: a typo would drop every fix without a word.
  if (options.curationRequired && options.curation && !existsSync(options.curation)) return fail([{ source: options.curation, reason: 'curation file not found' }]);
  const curation = await loadCuration(curationFile);
  if (!curation.ok) return fail(curationProblems(curationFile!, curation.error));

  // 2. Read and decode every seed; collect bad files instead of stopping at the first.
  //    Files unchanged since the last run (size and modification time) are not read again.
  const cacheDir = options.cacheDir === undefined ? '.cache/extract' : options.cacheDir;
  const seedStats = cacheDir ? new ContentCache<KnownSeeds>(cacheDir, 'seeds', await moduleFingerprint(READER)) : null;
  seedStats?.pruneOtherVersions();
  const seedKey = seedStats?.key(`seeds:${path.resolve(options.seeds)}`) ?? '';
  const seeds = await readSeeds(options.seeds, seedStats?.get(seedKey) ?? null);
  step('readSeeds');
  const problems = [...seeds.problems];
  const warnings = seeds.warnings.map((w) => `${w.source}: ${w.reason}`);
  for (const name of seeds.ignored) warnings.push(`${name}: ignored (${name.startsWith('.') ? 'a hidden file' : /\.txt$/i.test(name) ? 'a folder or special file, not a text file' : 'not a .txt article'})`);
  if (seeds.files.length === 0 && problems.length === 0) warnings.push(`${options.seeds}: no .txt articles in this folder, so the site will have none`);
  // An article rule for a file that is not there (renamed, or a typo) would otherwise be silently ignored.
  const present = new Set([...seeds.files.map((f) => f.source), ...seeds.problems.map((p) => p.source)]);
  for (const source of Object.keys(curation.curation.articles)) {
    if (!present.has(source)) warnings.push(`curation: stale rule articles.${JSON.stringify(source)} names no file in ${options.seeds}`);
  }

  // 3-6. Per-article steps and the resolver, in their own function, so that the per-article data is
  //      freed before the data files are validated (step 7) and the resolved data (most of the heap
  //      at 100,000 articles) before the MDX is serialised on worker threads.
  //      Entries validated by an earlier run (same text, same schemas) are not validated again.
  //      Each file's text leaves memory (to a temporary file) once the texts held pass STAGE_BUDGET.
  const validCache = cacheDir ? new ContentCache<string[]>(cacheDir, 'valid', await moduleFingerprint(VALIDATOR)) : null;
  const staged = new StagedFiles(path.join(options.out, 'data'), STAGE_BUDGET);
  let summary: BuiltContent['summary'];
  let patched = false;
  try {
    const { problems: unparsed, built } = await buildContent(seeds.files.splice(0), curation.curation, options.out, cacheDir, options.skipInvalid ?? false);
    problems.push(...unparsed);
    if (!built || (problems.length > 0 && !options.skipInvalid)) return fail(problems, warnings);
    warnings.push(...built.warnings);
    summary = built.summary;
    patched = built.resolution.patched;
    // 7. Validate (and stage) the data files, now that nothing else of the per-article data is held;
    //    the data is let go as soon as its text is made. The digests known valid are read only now:
    //    at 100,000 articles they are about 170 MB, which the resolver's peak can do without.
    const known = new Set(validCache?.get(VALID_KEY) ?? []);
    const validated = validateDataFiles(built.take(), known, (name, piece) => staged.append(name, piece));
    step('validateDataFiles');

    // 8. MDX, then write only what changed.
    const mdx = await serializeAllLazily(built.jobs, cacheDir);
    step('serializeAll');
    const digests = new Map([...validated.digests].map(([name, digest]) => [`data/${name}`, digest]));
    for (const [id, digest] of mdx.digests) if (digest) digests.set(`articles/${id}.mdx`, digest);
    await writeOutput(options.out, staged.files, mdx.texts, cacheDir, digests);
    if (validCache) {
      validCache.pruneOtherVersions();
      // A patched run serialised only what changed: the entries it kept are still known valid.
      validCache.set(VALID_KEY, [...(patched ? new Set([...known, ...validated.valid]) : validated.valid)]);
    }
    built.resolution.save();
    seedStats?.set(seedKey, seeds.seen);
  } finally {
    staged.discard();
  }
  step('writeOutput');

  for (const w of warnings) log(`warning: ${w}`);
  if (problems.length > 0) {
    log(`skipped ${problems.length} invalid file(s):`);
    for (const p of problems) log(`  ${p.source}: ${p.reason}`);
  }
  log(`ingest: ${summary.text} -> ${options.out}`);
  return { ok: true, problems, warnings, articles: summary.articles, summary: summary.text, patched };

  function fail(list: SeedProblem[], warn: string[] = []): IngestResult {
    return { ok: false, problems: list, warnings: warn, articles: 0, summary: '', patched: false };
  }
}

/** What the per-article steps and the resolver leave for validating, serialising and writing. */
interface BuiltContent {
  warnings: string[];
  /** Hands over the data files, once: the caller is then the only holder, so they are freed as soon as validated. */
  take(): Record<DataFileName, unknown>;
  /** What serialising each article's MDX needs: its tree is read from the cache when needed. */
  jobs: SerializeJob[];
  summary: { articles: number; text: string };
  /** Whether the earlier data files were patched, and how to keep this run's records once the files are written. */
  resolution: { patched: boolean; save(): void };
}

/**
 * Steps 3 to 6 of the pipeline: parse, ids, extraction, resolution, article metadata and links.
 * Nothing it returns holds the per-article data (texts, parses, extractions): the closures it hands
 * out are made by module-level functions, since V8 keeps every variable any closure of a scope uses
 * alive for all of that scope's closures.
 * @returns the articles that failed to parse, and the content: null when some failed and `skipInvalid` is off
 */
async function buildContent(
  files: SeedFile[],
  curation: Curation,
  out: string,
  cacheDir: string | null,
  skipInvalid: boolean,
): Promise<{ problems: SeedProblem[]; built: BuiltContent | null }> {
  const problems: SeedProblem[] = [];
  // 3. Parse each article and apply its curation entry (cached by content, on every core).
  const prepared: PreparedMeta[] = [];
  // Per prepared article: its index among the seeds, to read its tree (kept on disk) when serialising.
  const seedIndex: number[] = [];
  const sources = files.map((file) => file.source);
  // splice: nothing needs the article texts once parsed (about 1 GB of strings at 100,000 articles).
  // No spread: a seed's text may be a getter that reads the file, only when its parse is not cached.
  const inputs = files.splice(0).map((file) => ({
    source: file.source,
    sha256: file.sha256,
    get text() {
      return file.text;
    },
    curation: curation.articles[file.source],
  }));
  const parsed = await prepareAllWithDigests(inputs, cacheDir);
  // Emptied by hand: a suspended async function keeps its locals, and each input's getter holds its
  // seed's text (350 MB at 100,000 articles), which nothing needs once parsed.
  inputs.length = 0;
  step('prepareAll');
  parsed.results.forEach((result, i) => {
    if (result.ok) {
      prepared.push(result.article);
      seedIndex.push(i);
    } else problems.push({ source: sources[i]!, reason: result.reason });
  });
  if (problems.length > 0 && !skipInvalid) return { problems, built: null };

  // 4. Permanent ids: earlier outputs keep their ids.
  const previous = await readPrevious(out);
  const ids = assignArticleIds(
    prepared.map((a) => ({ source: a.source, sha256: a.sha256, title: a.displayTitle })),
    previous.articles,
    // Every id ever published, of any kind: one URL space for the permalinks collection.
    previous.permalinks.map((p) => p.id),
    previous.permalinks.filter((p) => p.kind === 'article'),
  );
  const texts: ArticleText[] = prepared.map((a) => ({
    id: ids.get(a.source)!,
    title: a.title,
    segments: a.segments,
    published: a.published,
    author: a.author,
    authorRole: a.authorRole,
  }));

  // 5. Per-article extraction (cached by content), then cross-article resolution.
  step('assignArticleIds');
  // An article's text is its parse result plus its id: the parse digest and the id identify it.
  const identities = texts.map((t, i) => {
    const digest = parsed.digests[seedIndex[i]!];
    return digest ? `${digest}\u0000${t.id}` : null;
  });
  const extractions = await extractAll(texts, cacheDir, { identities });
  step('extractAll');
  // With the records of the run before, only what a change reaches is resolved again.
  const state = cacheDir ? await ResolutionState.open(cacheDir, out) : null;
  const built = updateDataFiles(
    texts.map((t, i) => ({ id: t.id, published: t.published, segments: t.segments, extraction: extractions[i]! })),
    curation.entities,
    previous.permalinks,
    state?.previous(identities) ?? null,
  );
  // Only these outlive this function (in the MDX jobs and the state to save): not `built`, whose
  // files (most of the heap at 100,000 articles) must be freed once validated.
  const { files: data, records, global, patched } = built;
  // A full build serialises every article: its links are worked out now, so that no closure keeps the
  // extractions (2 GB at 100,000 articles) alive while the MDX is serialised, and packed, since they
  // are held meanwhile. A patched run needs few.
  const linksOf = patched ? built.links : packLinks(prepared.length, built.links);
  // The links of an article follow from its extraction (its identity and the extractor's code), the
  // entities its names resolved to and the entities' ids and kinds (the global digest): no need to work
  // them out to know an article's MDX is unchanged.
  const linkCode = `${await extractorFingerprint()}:${await moduleFingerprint(LINKS)}:${global}`;
  step('buildDataFiles');

  // 6. Article metadata (the MDX is serialised by the caller).
  const articles: ArticleMeta[] = [];
  const jobs = prepared.map((a, i) => {
    const meta = articleMeta(a, texts[i]!, extractions[i]!.dates);
    articles.push(meta);
    const linksDigest = identities[i] ? hash('sha256', `${linkCode}\0${identities[i]}\0${records[i]!.targets}`, 'base64') : null;
    return serializeJob(meta, parsed.tree, seedIndex[i]!, parsed.digests[seedIndex[i]!] ?? null, linksOf, i, linksDigest);
  });
  step('articleMeta');
  articles.sort((x, y) => (x.id < y.id ? -1 : 1));
  // An article's permalink remembers its file and content, so that if it is removed and put back it gets its id again.
  const current = new Map(articles.map((a) => [a.id, a]));
  const permalinks = data.permalinks.map((p) => {
    const a = p.kind === 'article' ? current.get(p.id) : undefined;
    return a ? { ...p, source: a.source, sourceSha256: a.sourceSha256 } : p;
  });
  const { warnings, ...dataFiles } = { ...data, permalinks };
  // After an incremental run a run of kept entries is one ReusedEntry: count what it holds.
  const count = (list: readonly unknown[]) => list.reduce<number>((n, e) => n + (e instanceof ReusedEntry ? e.entries : 1), 0);
  const text = `${articles.length} articles, ${count(data.people)} people, ${count(data.organisations)} organisations, ${count(data.dates)} dates, ${count(data.quotes)} quotes`;
  const resolution = { patched, save: saver(state, global, identities, records) };
  return { problems, built: { warnings, take: handOver({ ...dataFiles, articles }), jobs, summary: { articles: articles.length, text }, resolution } };
}

/**
 * A curation error's lines ("file:4: invalid YAML: …", "file: articles.…: …") as problems whose
 * source is the file and line, so the file is not named twice when they are printed.
 */
function curationProblems(file: string, error: string): SeedProblem[] {
  return error.split('\n').map((line) => {
    const at = line.startsWith(file) ? /^(:\d+)?: /u.exec(line.slice(file.length)) : null;
    return at ? { source: `${file}${at[1] ?? ''}`, reason: line.slice(file.length + at[0].length) } : { source: file, reason: line };
  });
}

/** An MDX job whose closures hold the tree reader and the links, nothing of buildContent's scope. */
function serializeJob(
  meta: ArticleMeta,
  readTree: (seed: number) => Root,
  seed: number,
  treeDigest: string | null,
  linksOf: (index: number) => EntityLink[],
  index: number,
  linksDigest: string | null,
): SerializeJob {
  return { id: meta.id, tree: () => readTree(seed), treeDigest, frontmatter: meta, links: () => linksOf(index), linksDigest };
}

function saver(state: ResolutionState | null, global: string, identities: (string | null)[], records: ArticleRecord[]): () => void {
  return () => state?.save(global, identities, records);
}

/** Gives `data` once and forgets it, so that the taker holds the only reference. */
function handOver(data: Record<DataFileName, unknown>): () => Record<DataFileName, unknown> {
  let held: Record<DataFileName, unknown> | null = data;
  return () => {
    const out = held;
    if (!out) throw new Error('data files already taken');
    held = null;
    return out;
  };
}

/** Marks the end of a pipeline step (`ingest:<name>`), for profiling with the Performance API. */
function step(name: string): void {
  performance.mark(`ingest:${name}`);
}

function articleMeta(a: PreparedMeta, text: ArticleText, dates: { iso: string | null; span: { paragraph: number; text: string } }[]): ArticleMeta {
  return {
    id: text.id,
    source: a.source,
    title: a.title,
    displayTitle: a.displayTitle,
    standfirst: a.standfirst,
    author: a.author,
    publication: a.publication,
    published: a.published,
    publishedSource: a.publishedSource,
    url: a.url,
    sourceSha256: a.sha256,
    wordCount: a.wordCount,
    lede: a.lede,
    paragraphs: a.segments.filter((s) => s.paragraph > 0).length,
    comments: a.comments,
    unresolvedDates: dates.filter((d) => d.iso === null).map((d) => ({ paragraph: d.span.paragraph, text: d.span.text })),
  };
}
