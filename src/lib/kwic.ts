/**
 * Keyword in context: a mention's sentence split around the mention, and the
 * mention lists of an entity grouped by article and capped so pages stay light.
 */

/** The fields of a mention this module reads (a subset of the schema's Mention). */
export interface MentionLike {
  article: string;
  paragraph: number;
  text: string;
  start: number;
  context: string;
}

/** A sentence split around the keyword; `match` is empty when the keyword is not in the sentence. */
export interface KwicLine {
  before: string;
  match: string;
  after: string;
}

/** Mentions of one article, in text order, capped. */
export interface MentionGroup<M extends MentionLike> {
  article: string;
  /** All mentions in this article. */
  count: number;
  shown: M[];
}

/** Longest context kept on either side of the keyword, in characters. */
const SIDE = 160;

/**
 * Splits `context` around the `nth` (0-based) occurrence of `text`, trimming long sides
 * at a word boundary with an ellipsis.
 */
export function kwicLine(context: string, text: string, nth = 0): KwicLine {
  let at = -1;
  for (let i = 0, from = 0; i <= nth; i++) {
    const next = context.indexOf(text, from);
    if (next === -1) break;
    at = next;
    from = next + text.length;
  }
  if (at === -1) at = context.toLowerCase().indexOf(text.toLowerCase());
  if (at === -1) return { before: trimStart(context), match: '', after: '' };
  return {
    before: trimStart(context.slice(0, at)),
    match: context.slice(at, at + text.length),
    after: trimEnd(context.slice(at + text.length)),
  };
}

/**
 * KWIC lines for a list of mentions. Several mentions of the same words in one sentence
 * highlight successive occurrences rather than the first one each time.
 */
export function kwicLines(mentions: readonly MentionLike[]): KwicLine[] {
  const seen = new Map<string, number>();
  return mentions.map((m) => {
    const key = `${m.article}\u0000${m.paragraph}\u0000${m.context}\u0000${m.text}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    return kwicLine(m.context, m.text, nth);
  });
}

/**
 * Groups mentions by article in article order (`rank`: article id -> position; articles
 * missing from it come last, by id), keeping at most `perArticle` per article and `total`
 * overall. The rank is built once per build by the caller: rebuilding it here for every
 * entity page made page rendering quadratic in articles.
 */
export function groupMentions<M extends MentionLike>(
  mentions: readonly M[],
  rank: ReadonlyMap<string, number>,
  limits: { perArticle: number; total: number },
): MentionGroup<M>[] {
  const byArticle = new Map<string, M[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article) ?? [];
    list.push(m);
    byArticle.set(m.article, list);
  }
  const ids = [...byArticle.keys()].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  let budget = limits.total;
  return ids.map((article) => {
    const all = [...byArticle.get(article)!].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const take = Math.max(0, Math.min(limits.perArticle, budget, all.length));
    budget -= take;
    return { article, count: all.length, shown: all.slice(0, take) };
  });
}

function trimStart(s: string): string {
  if (s.length <= SIDE) return s;
  const cut = s.slice(-SIDE);
  const space = cut.indexOf(' ');
  return `…${space > 0 ? cut.slice(space) : cut}`;
}

function trimEnd(s: string): string {
  if (s.length <= SIDE) return s;
  const cut = s.slice(0, SIDE);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
