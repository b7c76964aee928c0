/**
 * Citations for Dossier pages through citation-js: CSL-JSON items for an article
 * (the original publication) or a site page, formatted in APA, MLA and Chicago.
 * Pure apart from citation-js's global style register, which `registerStyles` fills once.
 * @see https://citation.js.org/
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { formatBibtex } from './cite-bibtex.ts';
import { splitName } from './name-sort.ts';

export { formatBibtex, tidyBibtex } from './cite-bibtex.ts';

/** A CSL name: a person split into family and given names, or a literal (an organisation). */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

/** A CSL date: year, month, day as far as known. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields Dossier fills. */
export interface CslItem {
  id: string;
  /** The BibTeX key: the page's own id, so that no two pages share one (see bibtexKey). */
  'citation-key': string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
}

/** Formatted citations: HTML fragments for the CSL styles, plain text for BibTeX (null without the BibTeX plugin). */
export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string | null;
}

/** Article fields a citation needs (a subset of ArticleMeta). */
export interface CitableArticle {
  id: string;
  title: string | null;
  displayTitle: string;
  author: string | null;
  publication: string | null;
  published: string | null;
  url: string | null;
}

/**
 * Build date as an ISO day. `SOURCE_DATE_EPOCH` (seconds) pins it for reproducible builds.
 * @see https://reproducible-builds.org/docs/source-date-epoch/
 */
export function buildDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Stands for an article's archive URL in citations formatted before the site's URL is known (article-citations.ts). */
export const ARCHIVE_URL_SLOT = 'https://archive-url.invalid/slot';

// Characters no output format escapes (BibTeX escapes `%`, `#`, `_`, `~`, `&`). Without a
// configured site the archive URL is a root-relative path, which citeproc prints as is too.
const SLOT_SAFE_URL = /^(?:https?:\/\/[A-Za-z0-9\-.:]+)?\/[A-Za-z0-9\-./]*$/;

/** Puts `url` where `ARCHIVE_URL_SLOT` stands; null when some format would print `url` differently. */
export function fillArchiveUrl(citations: Citations, url: string): Citations | null {
  return SLOT_SAFE_URL.test(url) ? fillSlots(citations, [[ARCHIVE_URL_SLOT, url]]) : null;
}

/** `citations` with each placeholder replaced by its value, in every format. */
function fillSlots(citations: Citations, slots: [slot: string, value: string][]): Citations {
  const fill = (text: string) => slots.reduce((out, [slot, value]) => out.split(slot).join(value), text);
  return { apa: fill(citations.apa), mla: fill(citations.mla), chicago: fill(citations.chicago), bibtex: citations.bibtex === null ? null : fill(citations.bibtex) };
}

/** `2014-06-20` -> `{ 'date-parts': [[2014, 6, 20]] }`; month and year precision keep fewer parts. */
export function isoToCslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

// Words that say what a byline part is rather than who (`Patrick Butler, social policy editor`),
// and the words that may stand beside them in a role ("Chief Political Correspondent").
const ROLE_NOUN = /^(?:editor|correspondent|reporter|writer|staff|columnist|agency|agencies|press|news|desk)$/i;
const ROLE_MODIFIER = /^(?:associated|chief|senior|political|deputy|special|our|and|the)$/i;

/** A part made only of role words ("Staff Writer", "Associated Press"); "Eyal Press" and "Amy Writer" are names. */
function isRoleOnly(part: string): boolean {
  const tokens = part.split(/\s+/);
  return tokens.some((t) => ROLE_NOUN.test(t)) && tokens.every((t) => ROLE_NOUN.test(t) || ROLE_MODIFIER.test(t));
}

/** Words that end a newsroom's or agency's name, not a person's: "BBC News", "Press Association", "Reuters Staff" ("Eyal Press" is a name). */
const CORPORATE_END = /^(?:news|association|agency|agencies|staff|media|newswire|wire|team|desk|reporters|correspondents|online|reuters)$/i;

/** A byline part naming a body: initials alone ("BBC") or a newsroom's or agency's word at the end ("PA Media", "BBC News"); initials before a surname are a person's ("AA Gill"). */
function isCorporate(part: string): boolean {
  const tokens = part.split(/\s+/);
  return (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(tokens[0]!)) || (tokens.length > 1 && CORPORATE_END.test(tokens.at(-1)!));
}

/**
 * Splits a printed byline into CSL names: `By Ann Lee and Bob Roe` -> two names.
 * Parts that read as job titles are dropped; one-word names and bodies ("BBC News") stay
 * literal; an email address or a handle is no part of a name.
 */
export function parseByline(byline: string): CslName[] {
  const cleaned = byline
    .replace(/^\s*(by|words by|reported by)\s+/i, '')
    .replace(/\(?\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w+)\s*\)?/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = cleaned.split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/i).map((p) => p.trim()).filter(Boolean);
  const names: CslName[] = [];
  for (const part of parts) {
    if (isRoleOnly(part) || !/^\p{Lu}/u.test(part)) continue;
    const tokens = part.split(/\s+/);
    if (tokens.length === 1 || tokens.length > 5 || isCorporate(part)) {
      names.push({ literal: part });
      continue;
    }
    const { given, family, suffix } = splitName(part);
    names.push({ family, given, ...(suffix ? { suffix } : {}) });
  }
  return names;
}

/**
 * Text as citeproc should print it: citeproc reads `<b>`, `<i>`, `<sup>`, `<sub>`, `<sc>` and
 * `<span …>` in a field as formatting, so a headline "A <b>bold</b> claim" would print bold.
 * A word joiner (U+2060, invisible) after the `<` leaves the tag as text.
 */
export function literalMarkup(text: string): string {
  return text.replace(/<(?=\/?(?:i|b|sc|sup|sub|span)\b)/giu, '<\u2060');
}

/**
 * CSL item for an article: the original publication (author, outlet, date, original URL).
 * Without an original URL the archive copy's URL stands in; without a date, `accessed` is the build date.
 * @param archiveUrl absolute URL of the article page on this site
 * @param today build date (ISO day), used as the access date
 */
export function articleCslItem(article: CitableArticle, archiveUrl: string, today: string): CslItem {
  const authors = article.author ? parseByline(article.author) : [];
  return {
    id: `article-${article.id}`,
    'citation-key': bibtexKey(`article-${article.id}`),
    type: 'article-newspaper',
    // APA and Chicago describe an untitled work in square brackets: here, by its opening words.
    title: literalMarkup(article.title ?? `[${article.displayTitle}]`),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(article.publication ? { 'container-title': literalMarkup(article.publication) } : {}),
    ...(article.published ? { issued: isoToCslDate(article.published) } : { accessed: isoToCslDate(today) }),
    URL: article.url ?? archiveUrl,
  };
}

/**
 * CSL item for a page of this site (entity, date or index page). The page changes with
 * each build, so its date is the build date.
 * @param key unique key for the item, e.g. `person-ray-jones`
 */
export function pageCslItem(key: string, title: string, url: string, siteName: string, today: string): CslItem {
  // No publisher: APA would put it in the author position and name the site twice.
  return { id: key, 'citation-key': bibtexKey(key), type: 'webpage', title: literalMarkup(title), 'container-title': literalMarkup(siteName), issued: isoToCslDate(today), URL: url };
}

/**
 * A BibTeX key made of the item's id (`article-council-cuts` -> `article_council_cuts`):
 * citation-js would otherwise make one of surname, year and title word, which collides
 * (every undated, unsigned article became `article`) and mangles names (`O2019Profits`).
 * BibTeX keys take no hyphen in citation-js's check, so other characters become `_`.
 */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_]+/g, '_');
}

/** Adds CSL styles (name -> CSL XML) to citation-js, once per name. */
export function registerStyles(styles: Record<string, string>): void {
  const register = plugins.config.get('@csl').styles;
  for (const [name, xml] of Object.entries(styles)) {
    if (!register.has(name)) register.add(name, xml);
  }
}

/**
 * APA (shipped with plugin-csl), MLA and Chicago (registered by `registerStyles`), and
 * BibTeX when `@citation-js/plugin-bibtex` is loaded.
 */
export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  const html = (template: string) => entryHtml(cite.format('bibliography', { format: 'html', template, lang: 'en-US' }));
  return {
    apa: html('apa'),
    mla: html('mla'),
    chicago: html('chicago'),
    bibtex: formatBibtex(item),
  };
}

/** The bibliography entry of `item` in one registered CSL style (an HTML fragment). */
export function formatEntry(item: CslItem, style: string): string {
  return entryHtml(new Cite(item).format('bibliography', { format: 'html', template: style, lang: 'en-US' }));
}

// Site pages (entity, date and index pages) all cite one shape: title, site, build date,
// URL. Citeproc takes ~6 ms per item for three styles, minutes at 20,000 pages, so the
// shape is formatted once with placeholders and filled in. Only titles and URLs that
// citeproc prints unchanged take this path: words that start upper-case or with a digit
// (title case leaves them alone), lower-case joining words inside, and nothing citeproc
// escapes or curls. cite.test.ts checks the result equals citeproc's.
const TITLE_SLOT = 'Qzxvtitle';
const URL_SLOT = 'https://qzxv.invalid/url';
const JOINING = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', 'to', 'by', 'a', 'an']);
const CAPITALISED = /^[\p{Lu}\p{Nd}][\p{L}\p{M}\p{Nd}]*$/u;
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$()*+,;=%]+$/;
const templates = new Map<string, Citations>();

/** True when citeproc prints `title` exactly as given in every style. */
export function isPlainTitle(title: string): boolean {
  const words = title.split(' ');
  return words.every((w, i) => CAPITALISED.test(w) || (i > 0 && i < words.length - 1 && JOINING.has(w)));
}

/**
 * Same result as `formatCitations(item)` for a site-page item, without citeproc when the
 * title and URL are plain (see above); BibTeX, which is cheap, is always formatted.
 */
export function formatPageCitations(item: CslItem): Citations {
  if (item.type !== 'webpage' || item.author || !isPlainTitle(item.title) || !PLAIN_URL.test(item.URL)) return formatCitations(item);
  // (Keyed without what differs per page, the BibTeX key included: one template per shape.)
  const key = JSON.stringify({ ...item, id: '', 'citation-key': '', title: '', URL: '' });
  let template = templates.get(key);
  if (!template) {
    template = formatCitations({ ...item, title: TITLE_SLOT, URL: URL_SLOT });
    templates.set(key, template);
  }
  return {
    ...fillSlots(template, [[TITLE_SLOT, item.title], [URL_SLOT, item.URL]]),
    // BibTeX escapes titles its own way, and is cheap: formatted for the item itself.
    bibtex: formatBibtex(item),
  };
}

/** How many page shapes citeproc has formatted so far: one per shape, however many pages (tests hold it to that). */
export function pageTemplateCount(): number {
  return templates.size;
}

/** The inside of citeproc's `div.csl-entry` (already HTML-escaped by citeproc). */
function entryHtml(bibliography: string): string {
  const match = /class="csl-entry">([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(bibliography);
  return (match?.[1] ?? '').trim();
}
