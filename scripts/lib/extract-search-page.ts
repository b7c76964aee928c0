/**
 * Reads one built HTML page the way Pagefind does: the text inside
 * `data-pagefind-body` (minus ignored and organisational elements) with its
 * weights, plus the page's `data-pagefind-filter`, `-meta` and `-sort` values.
 * A small tokenizer for the HTML our own layouts write, not a general HTML parser.
 * @see https://pagefind.app/docs/indexing/
 */

/** A run of page text with the Pagefind weight that applies to it. */
export interface WeightedText {
  text: string;
  /** The nearest `data-pagefind-weight`, else 7…2 inside h1…h6, else 1. */
  weight: number;
}

export interface SearchPage {
  /** True when the page has a `data-pagefind-body` element (only those pages are indexed). */
  hasBody: boolean;
  /** Indexed text in document order. */
  blocks: WeightedText[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** `<meta name="description">`, used as the fallback's snippet. */
  description: string | null;
}

// Elements Pagefind never indexes (their filters and meta still count).
const SKIPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose edges separate words, as in Pagefind; text across any other tag runs on
// (`<a>Jones</a>'s` is one word, and so, like Pagefind, is `<dt>Type</dt><dd>other</dd>`).
const SEPARATING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes the character references Astro and MDX emit. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Splits a `data-pagefind-filter`/`-meta`/`-sort` value into key/value captures, like Pagefind. */
function parseCaptures(value: string, attrs: ReadonlyMap<string, string>): { key: string; value: string | null }[] {
  const colon = value.indexOf(':');
  const head = colon >= 0 ? value.slice(0, colon) : value;
  const literal = colon >= 0 ? value.slice(colon + 1) : null;
  const parts = head.split(',').map((chunk) => {
    const m = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(chunk);
    return m ? { key: m[1]!.trim(), value: attrs.get(m[2]!.trim().toLowerCase()) ?? '' } : { key: chunk.trim(), value: null as string | null };
  });
  if (literal !== null && parts.length) parts[parts.length - 1] = { key: parts[parts.length - 1]!.key, value: literal };
  return parts.filter((p) => p.key);
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

interface Frame {
  tag: string;
  /** `data-pagefind-weight` on this element (clamped to 0…10, like Pagefind). */
  weight: number | null;
  /** Heading weight; applies only outside any explicitly weighted element. */
  auto: number | null;
  ignored: boolean;
  /** `data-pagefind-ignore="all"` here or above: no filters or meta either. */
  excluded: boolean;
  body: boolean;
  captures: { kind: 'filter' | 'meta' | 'sort'; key: string; value: string | null }[];
  /** Collects its text: only frames whose text is read (a capture without a value, an h1). */
  collects: boolean;
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Extracts the searchable content of one HTML page. */
export function extractSearchPage(html: string): SearchPage {
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const sort: Record<string, string> = {};
  const blocks: WeightedText[] = [];
  let description: string | null = null;
  let hasBody = false;
  let autoTitle: string | null = null;
  const stack: Frame[] = [{ tag: '#root', weight: null, auto: null, ignored: false, excluded: false, body: false, captures: [], collects: false, text: '' }];
  // Counts of open frames that are bodies, ignored, or collecting text, so no text run walks the stack.
  let bodies = 0;
  let ignores = 0;
  let collectors = 0;
  const push = (frame: Frame) => {
    stack.push(frame);
    if (frame.body) bodies++;
    if (frame.ignored) ignores++;
    if (frame.collects) collectors++;
  };
  const pop = () => {
    const frame = stack.pop()!;
    if (frame.body) bodies--;
    if (frame.ignored) ignores--;
    if (frame.collects) collectors--;
    return frame;
  };

  const top = () => stack[stack.length - 1]!;
  const indexing = () => bodies > 0 && ignores === 0;
  const currentWeight = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.weight !== null) return stack[i]!.weight!;
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.auto !== null) return stack[i]!.auto!;
    return 1;
  };
  const emit = (text: string) => {
    if (collectors) for (const f of stack) if (f.collects) f.text += text;
    if (!indexing()) return;
    const weight = currentWeight();
    const last = blocks[blocks.length - 1];
    // Whitespace joins the current run whatever its weight, so words never fuse.
    if (last && (last.weight === weight || !text.trim())) last.text += text;
    else if (!text.trim()) return;
    else blocks.push({ text, weight });
  };
  const close = (frame: Frame) => {
    for (const c of frame.captures) {
      const value = squash(c.value ?? frame.text);
      if (!value) continue;
      if (c.kind === 'filter') (filters[c.key] ??= []).push(value);
      else if (c.kind === 'meta') meta[c.key] = value;
      else sort[c.key] = value;
    }
    if (frame.tag === 'h1' && autoTitle === null && squash(frame.text)) autoTitle = squash(frame.text);
  };

  const token = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/gi;
  let at = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (m.index > at) emit(decodeEntities(html.slice(at, m.index)));
    at = token.lastIndex;
    const [whole, endTag, startTag, attrSource = '', selfClose] = m;
    if (whole.startsWith('<!')) continue;
    if (endTag) {
      const tag = endTag.toLowerCase();
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]!.tag !== tag) depth--;
      if (depth <= 0) continue;
      while (stack.length > depth) close(pop());
      if (SEPARATING.has(tag)) emit(' ');
      continue;
    }
    const tag = startTag!.toLowerCase();
    // Only meta tags and Pagefind's own attributes are read, so other tags skip the parse.
    const attrs = tag === 'meta' || /data-pagefind/i.test(attrSource) ? parseAttributes(attrSource) : NO_ATTRIBUTES;
    if (tag === 'meta' && attrs.get('name') === 'description') description = attrs.get('content') ?? null;
    const body = attrs.has('data-pagefind-body');
    if (body) hasBody = true;
    const ignore = attrs.get('data-pagefind-ignore');
    const explicit = attrs.get('data-pagefind-weight');
    const frame: Frame = {
      tag,
      weight: explicit !== undefined && explicit.trim() !== '' && Number.isFinite(Number(explicit)) ? Math.min(10, Math.max(0, Number(explicit))) : null,
      auto: HEADING_WEIGHT[tag] ?? null,
      ignored: !body && (ignore !== undefined || SKIPPED.has(tag)),
      excluded: ignore === 'all' || top().excluded,
      body,
      captures: [],
      collects: tag === 'h1',
      text: '',
    };
    if (!frame.excluded) {
      for (const kind of ['filter', 'meta', 'sort'] as const) {
        const spec = attrs.get(`data-pagefind-${kind}`);
        if (spec !== undefined) for (const c of parseCaptures(spec, attrs)) frame.captures.push({ kind, ...c });
      }
    }
    if (frame.captures.some((c) => c.value === null)) frame.collects = true;
    if (SEPARATING.has(tag)) emit(' ');
    if (VOID.has(tag) || selfClose) {
      close(frame);
      continue;
    }
    push(frame);
    if (RAW_TEXT.has(tag)) {
      const closing = new RegExp(`</${tag}`, 'gi');
      closing.lastIndex = at;
      const end = closing.exec(html)?.index ?? -1;
      const stop = end < 0 ? html.length : end;
      if (tag === 'title' || tag === 'textarea') emit(decodeEntities(html.slice(at, stop)));
      at = stop;
      token.lastIndex = stop;
    }
  }
  if (at < html.length) emit(decodeEntities(html.slice(at)));
  while (stack.length > 1) close(pop());

  if (meta.title === undefined && autoTitle !== null) meta.title = autoTitle;
  return {
    hasBody,
    blocks: blocks.map((b) => ({ text: squash(b.text), weight: b.weight })).filter((b) => b.text),
    filters,
    meta,
    sort,
    description,
  };
}
