/**
 * Article citations without citeproc for the common case. Citeproc takes ~7 ms per
 * article for three styles; articles come in few shapes (how many authors and of
 * which kind, a container or not, a publication or access date and its precision),
 * so each shape is formatted once with placeholder values and the real values are
 * put in their place. A value goes in only in the form citeproc would print it, and
 * only when that form is known exactly:
 * - names: one-word literals and Latin-letter family and given names, lower-case
 *   particles included (`de Vries`), no suffixes (APA initials worked out, apostrophes curled);
 * - titles and containers: title case ported from citeproc (cite-title-case.ts), for
 *   text without quotes, markup or odd spacing (an apostrophe inside a word is curled,
 *   `&` escaped); other text is formatted by citeproc on its own in every form it can
 *   take (`probe`: ~0.4 ms, not 7). Either must end in a letter, digit or bracket, or a
 *   title in one `?` or `!` after that, so the punctuation after it merges as in the template;
 * - dates: numbers and month names of the en-US locale; URLs: characters no style changes.
 * Anything else goes to citeproc whole. A template is checked when it is made: filled
 * with a second set of values it must equal citeproc's output, or the shape is left to
 * citeproc. BibTeX, which is cheap, is always formatted for the item itself.
 */
import { formatBibtex, formatCitations, formatEntry, registerStyles, type Citations, type CslDate, type CslItem, type CslName } from './cite.ts';
import { citeprocTitleCase } from './cite-title-case.ts';

const STYLES = ['apa', 'mla', 'chicago'] as const;
type Style = (typeof STYLES)[number];
type Context = 'plain' | 'quoted' | 'italic';
type NameForm = 'sortFull' | 'displayFull' | 'sortInit' | 'displayInit' | 'sortDemoted' | 'sortDemotedInit';
type Slot =
  | { kind: 'name'; index: number; form: NameForm }
  | { kind: 'literal'; index: number }
  | { kind: 'title' | 'container'; cased: boolean; context: Context }
  | { kind: 'url' | 'year' | 'monthLong' | 'monthShort' | 'day' };
type Template = Record<Style, (string | Slot)[]>;
/** A text as printed in each context (plain, quoted, italic), each without and with title case. */
type TextForms = string[];
const CONTEXTS: Record<Context, number> = { plain: 0, quoted: 2, italic: 4 };
interface Values {
  names: (Record<NameForm, string> | string)[];
  title: TextForms;
  container: TextForms | null;
  url: string;
  date: number[];
}

/** How an article item is formatted: by filling a template, by a template and a probe of its title, or by citeproc. */
export type ArticleRoute = 'template' | 'probe' | 'citeproc';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// The en-US locale's short month terms.
const MONTHS_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MAX_AUTHORS = 6;
// (`citation-key` only names the BibTeX entry, which is formatted apart.)
const KEYS = '|id|citation-key|type|title|author|container-title|issued|accessed|URL|';

// Letters citeproc counts as Latin ("romanesque") and cases like English.
const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F';
const WORD = new RegExp(`^[${LATIN}]+$`);
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
// A family name: capitalised words (`O'Brien`, `Smith-Jones`, `Le Grand`) after lower-case particles (`van der`).
const FAMILY = new RegExp(`^(?:\\p{Ll}+ ){0,3}\\p{Lu}[${LATIN}]*(?:['\u2019 -]\\p{Lu}[${LATIN}]*)*$`, 'u');
const PARTICLE = /^(?:\p{Ll}+ )+/u;
// Text whose printed form is known: Latin letters, digits, single spaces, punctuation
// citeproc neither moves nor curls, apostrophes only inside words; ends in a letter,
// digit or bracket so no following punctuation merges with it.
const PLAIN_TEXT = new RegExp(`^(?! )(?:[${LATIN}0-9\\-\u2013\u2014/.,;:?!()[\\]\u2026\u00A3$\u20AC%&#+]|(?<=[${LATIN}])['\u2019](?=[${LATIN}])| (?! ))+$`);
const SAFE_END = /[\p{L}\p{N})\]]$/u;
// A title may end in `?` or `!` after that: the shape then says so (citeproc drops a period after it).
// How citeproc merges a period with other endings (a closing quote, `?!`, `…`) depends on the style's
// structure around the title, which a probe does not have: those titles go to citeproc.
const END = /(?<=[\p{L}\p{N})\]])[?!]$/u;
// Text a probe can format: no markup, no whitespace but single spaces, no probe delimiter.
const PROBE_TEXT = /^(?:[^\s<>\u241E]| (?!\s))+$/;
// URLs citeproc prints as given but for `&`, which it escapes.
const URL = /^(?:https?:\/\/[A-Za-z0-9\-.:]+)?\/[A-Za-z0-9\-._~:/?#@!$()*+,;=%&]*[A-Za-z0-9/_~=+-]$/;

function isName(n: CslName): boolean {
  if (n.literal !== undefined) return n.family === undefined && n.given === undefined && n.suffix === undefined && WORD.test(n.literal) && CAPITALISED.test(n.literal[0]!);
  const given = n.given?.split(' ') ?? [];
  const family = n.family?.split(/['\u2019 -]/) ?? [''];
  return n.suffix === undefined && FAMILY.test(n.family ?? '') && family.every((w) => WORD.test(w)) && given.length > 0 && given.every(isGivenWord);
}

// `Ann`, `J` or `Jean-Paul`: initialised `A.`, `J.`, `J.-P.`.
function isGivenWord(word: string): boolean {
  const parts = word.split('-');
  return WORD.test(parts.join('')) && parts.every((p) => CAPITALISED.test(p) && (parts.length === 1 || p.length > 1));
}

function nameForms(n: CslName): Record<NameForm, string> | string {
  if (n.literal !== undefined) return n.literal;
  const family = n.family!.replace(/'/g, '\u2019');
  const given = n.given!;
  const initials = given.split(' ').map((w) => w.split('-').map((p) => `${p[0]}.`).join('-')).join(' ');
  const particle = PARTICLE.exec(family)?.[0] ?? '';
  // Chicago moves a particle after the given names (`Vries, Tom de`).
  const core = family.slice(particle.length);
  const demoted = (g: string) => (particle ? `${core}, ${g} ${particle.trim()}` : `${family}, ${g}`);
  return { sortFull: `${family}, ${given}`, displayFull: `${given} ${family}`, sortInit: `${family}, ${initials}`, displayInit: `${initials} ${family}`, sortDemoted: demoted(given), sortDemotedInit: demoted(initials) };
}

function isDate(date: CslDate | undefined): boolean {
  const parts = date?.['date-parts'][0];
  if (!parts || parts.length < 1 || parts.length > 3 || !parts.every(Number.isInteger)) return false;
  const [year, month = 1, day = 1] = parts as [number, number?, number?];
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && year <= 9999 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** How a title ends, as its shape says (see END), or null when templates do not cover it. */
function titleEnd(title: string): string | null {
  return SAFE_END.test(title) ? '' : (END.exec(title)?.[0] ?? null);
}

/**
 * Printed forms of `text` when the port covers it, else from a probe when allowed, else null;
 * without the `?` or `!` it ends in when the title's shape has one.
 */
function textForms(text: string, probe: boolean, end = ''): TextForms | null {
  if (!SAFE_END.test(end ? text.slice(0, -1) : text)) return null;
  let forms: TextForms | null = null;
  if (PLAIN_TEXT.test(text)) {
    // Citeproc puts a narrow no-break space before `:;?!` when it takes the text in, before casing it.
    const spaced = text.replace(/ ([:;?!])/g, '\u202F$1');
    const print = (s: string) => s.replace(/['\u2019]/g, '\u2019').replace(/&/g, '&#38;');
    const plain = print(spaced);
    const cased = print(citeprocTitleCase(spaced));
    forms = [plain, cased, plain, cased, plain, cased];
  } else if (probe && PROBE_TEXT.test(text)) {
    forms = probeForms(text);
  }
  if (!forms || !forms.every((f) => f.endsWith(end))) return null;
  return end ? forms.map((f) => f.slice(0, -1)) : forms;
}

const PROBE = 'dossier-text-probe';
const PROBE_FORMS = ['', 'text-case="title"', 'quotes="true"', 'quotes="true" text-case="title"', 'font-style="italic"', 'font-style="italic" text-case="title"'];
const PROBE_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Dossier text probe</title><id>${PROBE}</id><updated>2025-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><group delimiter="\u241E">${PROBE_FORMS.map((a) => `<text variable="title" ${a}/>`).join('')}</group></layout></bibliography>
</style>`;

// Every form the templates may ask for, printed by citeproc: the text as a title on its own.
// Its ending merges with nothing here (the delimiter is no punctuation), so these are its own forms.
function probeForms(text: string): TextForms | null {
  registerStyles({ [PROBE]: PROBE_STYLE });
  const out = formatEntry({ id: 'probe', 'citation-key': 'probe', type: 'article-newspaper', title: text, URL: '' }, PROBE).split('\u241E');
  const inner = (s: string | undefined, open: string, close: string) => (s?.startsWith(open) && s.endsWith(close) ? s.slice(open.length, s.length - close.length) : null);
  const forms = [out[0], out[1], inner(out[2], '\u201C', '\u201D'), inner(out[3], '\u201C', '\u201D'), inner(out[4], '<i>', '</i>'), inner(out[5], '<i>', '</i>')];
  return out.length === 6 && forms.every((f) => f) ? (forms as string[]) : null;
}

// Containers repeat across articles: their forms (probed or not) are kept.
const containers = new Map<string, TextForms | null>();
function containerForms(text: string): TextForms | null {
  if (!containers.has(text)) containers.set(text, textForms(text, true));
  return containers.get(text)!;
}

/** Shape key of an article item, or null when its fields are not ones templates cover. */
function shapeOf(item: CslItem): string | null {
  const date = item.issued ?? item.accessed;
  const authors = item.author ?? [];
  if (item.type !== 'article-newspaper' || (item.issued && item.accessed) || !isDate(date) || item.author?.length === 0 || authors.length > MAX_AUTHORS) return null;
  if (Object.keys(item).some((k) => !KEYS.includes(`|${k}|`)) || !URL.test(item.URL) || !authors.every(isName)) return null;
  const kinds = authors.map((a) => (a.literal !== undefined ? 'l' : PARTICLE.test(a.family!) ? 'n' : 'p')).join('');
  const end = titleEnd(item.title);
  if (end === null) return null;
  return `${kinds}|${item['container-title'] === undefined ? '' : 'c'}|${item.issued ? 'issued' : 'accessed'}|${date!['date-parts'][0].length}|${end}`;
}

// Placeholders for making a template (A), and values for checking it (B).
const A = { family: (i: number, kind: string) => `${kind === 'n' ? 'van ' : ''}Qzxfam${'abcdef'[i]}`, given: (i: number) => `Qzxgiv${'abcdef'[i]}a Qzxgiv${'abcdef'[i]}b`, literal: (i: number) => `Qzxlit${'abcdef'[i]}`, title: 'qzxtitle of qzxtitle', container: 'qzxpub of qzxpub', url: 'https://qzx.invalid/url', date: [1066, 11, 27] };
const B = { family: (_: number, kind: string) => `${kind === 'n' ? 'de la' : 'Le'} O'Hara-Lind`, given: () => 'Ann-Marie Zoë', literal: () => 'Agence', title: "up-to-date cuts: what's next for the NHS's £5m plan of", container: 'the i paper', url: 'https://b.example/news/x?id=5&p=2', date: [1987, 5, 3] };

function placeholderItem(shape: string, p: typeof A | typeof B): CslItem {
  const [kinds, container, field, precision, end] = shape.split('|') as [string, string, string, string, string];
  const author = [...kinds].map((k, i) => (k === 'l' ? { literal: p.literal(i) } : { family: p.family(i, k), given: p.given(i) }));
  return {
    id: 'template',
    'citation-key': 'template',
    type: 'article-newspaper',
    title: p.title + end,
    ...(author.length > 0 ? { author } : {}),
    ...(container ? { 'container-title': p.container } : {}),
    [field === 'issued' ? 'issued' : 'accessed']: { 'date-parts': [p.date.slice(0, Number(precision))] },
    URL: p.url,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Splits citeproc's output for the A item at each placeholder's printed form.
function parseTemplate(out: Citations, shape: string): Template | null {
  const needles = new Map<string, Slot>();
  [...shape.split('|')[0]!].forEach((kind, index) => {
    if (kind === 'l') return needles.set(A.literal(index), { kind: 'literal', index });
    const forms = nameForms({ family: A.family(index, kind), given: A.given(index) }) as Record<NameForm, string>;
    for (const form of Object.keys(forms) as NameForm[]) needles.set(forms[form], { kind: 'name', index, form });
  });
  for (const kind of ['title', 'container'] as const) {
    needles.set(A[kind], { kind, cased: false, context: 'plain' });
    needles.set(citeprocTitleCase(A[kind]), { kind, cased: true, context: 'plain' });
  }
  needles.set(A.url, { kind: 'url' }).set(String(A.date[0]), { kind: 'year' }).set(String(A.date[2]), { kind: 'day' });
  needles.set(MONTHS[A.date[1]! - 1]!, { kind: 'monthLong' }).set(MONTHS_SHORT[A.date[1]! - 1]!, { kind: 'monthShort' });
  const rex = new RegExp([...needles.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  const template = {} as Template;
  for (const style of STYLES) {
    const parts: (string | Slot)[] = [];
    let last = 0;
    for (const m of out[style].matchAll(rex)) {
      const before = out[style].slice(last, m.index);
      const slot = needles.get(m[0])!;
      const context: Context = before.endsWith('\u201C') ? 'quoted' : before.endsWith('<i>') ? 'italic' : 'plain';
      parts.push(before, slot.kind === 'title' || slot.kind === 'container' ? { ...slot, context } : slot);
      last = m.index + m[0].length;
    }
    parts.push(out[style].slice(last));
    // A placeholder printed in some other form (cut, cased otherwise) would stay behind.
    if (parts.some((p) => typeof p === 'string' && /qzx|1066|27|nov/i.test(p))) return null;
    template[style] = parts;
  }
  return template;
}

function fill(parts: (string | Slot)[], v: Values): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'name') out += (v.names[p.index] as Record<NameForm, string>)[p.form];
    else if (p.kind === 'literal') out += v.names[p.index] as string;
    else if (p.kind === 'title') out += v.title[CONTEXTS[p.context] + (p.cased ? 1 : 0)];
    else if (p.kind === 'container') out += v.container![CONTEXTS[p.context] + (p.cased ? 1 : 0)];
    else if (p.kind === 'url') out += v.url;
    else if (p.kind === 'year') out += v.date[0];
    else if (p.kind === 'day') out += v.date[2];
    else out += (p.kind === 'monthLong' ? MONTHS : MONTHS_SHORT)[v.date[1]! - 1];
  }
  return out;
}

/** The values of an item as the templates print them, or null when one is not covered. */
function valuesOf(item: CslItem, probe: boolean): Values | null {
  const title = textForms(item.title, probe, titleEnd(item.title) ?? '');
  const container = item['container-title'] === undefined ? null : containerForms(item['container-title']);
  if (!title || (item['container-title'] !== undefined && !container)) return null;
  const date = (item.issued ?? item.accessed)!['date-parts'][0];
  return { names: (item.author ?? []).map(nameForms), title, container, url: item.URL.replace(/&/g, '&#38;'), date };
}

const templates = new Map<string, Template | null>();
function templateFor(shape: string): Template | null {
  if (!templates.has(shape)) {
    let template = parseTemplate(formatCitations(placeholderItem(shape, A)), shape);
    const check = placeholderItem(shape, B);
    const expected = formatCitations(check);
    const values = valuesOf(check, false);
    if (template && (!values || STYLES.some((s) => fill(template![s], values) !== expected[s]))) template = null;
    templates.set(shape, template);
  }
  return templates.get(shape)!;
}

/** How `formatArticleItem` formats `item` (without formatting it). */
export function articleRoute(item: CslItem): ArticleRoute {
  const shape = shapeOf(item);
  if (shape === null || !templateFor(shape)) return 'citeproc';
  if (valuesOf(item, false)) return 'template';
  return valuesOf(item, true) ? 'probe' : 'citeproc';
}

/**
 * Same result as `formatCitations(item)` for an article item (`articleCslItem`), from a
 * template where the item's values allow it, through citeproc otherwise.
 */
export function formatArticleItem(item: CslItem): Citations {
  const shape = shapeOf(item);
  const template = shape === null ? null : templateFor(shape);
  const values = template ? valuesOf(item, true) : null;
  if (!template || !values) return formatCitations(item);
  return { apa: fill(template.apa, values), mla: fill(template.mla, values), chicago: fill(template.chicago, values), bibtex: formatBibtex(item) };
}
