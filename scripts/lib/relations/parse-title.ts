/**
 * Splits a role phrase into a job title and an organisation: "professor of social work
 * at Kingston University", "Children England's chief executive", "the union's general
 * secretary", "former president of the Association of …". The phrase arrives as tokens
 * in which each organisation mention is one token.
 */
import type { LocalEntity } from '../types.ts';
import { OFFICE_HONORIFICS, isRoleHead } from './lexicon.ts';
import type { ParagraphView } from './paragraph-view.ts';
import { wordsIn } from './paragraph-view.ts';
import { isGenericOrgNoun } from './resolve-generic-org.ts';

/** A word, or an entity mention standing as one token. */
export type Token =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'entity'; entity: LocalEntity; text: string; start: number; end: number };

/** A parsed role phrase. `owner` is a word that points at an organisation named elsewhere (`its`, `union`). */
export interface TitleParse {
  title: string;
  organisation: LocalEntity | string | null;
  owner: string | null;
  /** The title with its owner word kept ("Council leader"), for when `owner` names no known organisation. */
  fallbackTitle?: string;
}

const CONNECTORS = new Set(['of', 'at', 'for', 'with', 'from', 'in']);
const LEADING = new Set(['the', 'a', 'an', 'his', 'her', 'our', 'now', 'currently', 'formerly', 'also', 'then', 'is', 'was', 'who', 'has', 'been', 'became']);
const MAX_TITLE_WORDS = 7;
/** A year or a month opening a time phrase. */
const WHEN = /^(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Tokens of [start, end): words, with each entity mention merged into one token. */
export function tokensIn(view: ParagraphView, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const w of wordsIn(view, start, end)) {
    const m = view.mentions.find((x) => w.start >= x.start && w.start < x.end);
    if (!m) out.push({ kind: 'word', text: w.word, start: w.start, end: w.end });
    else if (out.at(-1)?.start !== m.start) out.push({ kind: 'entity', entity: m.entity, text: view.text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return out;
}

/** Parses tokens into a title and organisation, or null when they hold no job title. */
export function parseTitle(view: ParagraphView, input: readonly Token[]): TitleParse | null {
  let tokens = [...input];
  while (tokens[0]?.kind === 'word' && LEADING.has(tokens[0].text.toLowerCase())) tokens = tokens.slice(1);
  let organisation: LocalEntity | string | null = null;
  let owner: string | null = null;
  // "Dyche's captain": a person's possessive says whose, not where.
  const first = tokens[0];
  if (first?.kind === 'entity' && first.entity.kind === 'person' && /^['\u2019]s?\b/.test(view.text.slice(first.end, first.end + 2))) tokens = tokens.slice(1);
  if (tokens.some((t) => t.kind === 'entity' && t.entity.kind === 'person')) return null;

  const lead = tokens[0];
  const possessive = lead && /^['\u2019]s?\b/.test(view.text.slice(lead.end, lead.end + 2));
  if (lead && (possessive || /['\u2019]s$/.test(lead.text) || /^(?:its|their)$/i.test(lead.text))) {
    if (lead.kind === 'entity') organisation = lead.entity;
    else if (/^(?:its|their)$/i.test(lead.text)) owner = 'its';
    else if (/^\p{Lu}/u.test(lead.text)) organisation = lead.text.replace(/['\u2019]s$/, '');
    else if (isGenericOrgNoun(lead.text)) owner = lead.text.replace(/['\u2019]s$/, '').toLowerCase();
    // "children's minister": a possessive that is part of the title itself.
    if (organisation !== null || owner !== null) tokens = tokens.slice(1);
  } else if (lead?.kind === 'entity') {
    organisation = lead.entity;
    tokens = tokens.slice(1);
  } else if (lead && tokens.length > 1 && /^\p{Lu}/u.test(lead.text) && isGenericOrgNoun(lead.text)) {
    // "Council leader Sarah Finch", "Agency Administrator Deanne Criswell": the noun points at an organisation named elsewhere.
    const full = titleFrom(view, tokens, null, null);
    owner = lead.text.toLowerCase();
    tokens = tokens.slice(1);
    const rest = titleFrom(view, tokens, null, owner);
    return rest && full ? { ...rest, fallbackTitle: full.title } : full;
  }

  const orgAt = tokens.findIndex((t) => t.kind === 'entity');
  if (orgAt >= 0 && organisation === null) {
    let cut = orgAt;
    if (tokens[cut - 1]?.text.toLowerCase() === 'the') cut--;
    if (!CONNECTORS.has(tokens[cut - 1]?.text.toLowerCase() ?? '')) return null;
    organisation = (tokens[orgAt] as Extract<Token, { kind: 'entity' }>).entity;
    tokens = tokens.slice(0, cut - 1);
  } else if (orgAt >= 0) {
    return null;
  } else if (organisation === null && owner === null) {
    const written = writtenOrganisation(tokens);
    if (written) {
      organisation = written.name;
      tokens = written.title;
    }
  }
  return titleFrom(view, tokens, organisation, owner);
}

/** "chief executive of Acme Widgets" when Acme Widgets is no known entity: the capitalised words after the last connector. */
function writtenOrganisation(tokens: Token[]): { name: string; title: Token[] } | null {
  // "Minister for Housing", "Secretary of State for Health": a capitalised office with its portfolio is one title.
  if (tokens[0] && /^\p{Lu}/u.test(tokens[0].text) && isRoleHead(tokens[0].text) && tokens.every((t) => /^(?:\p{Lu}|of$|for$|and$|the$)/u.test(t.text))) return null;
  for (let i = tokens.length - 2; i > 0; i--) {
    if (!CONNECTORS.has(tokens[i]!.text.toLowerCase())) continue;
    const rest = tokens.slice(i + 1).filter((t, j) => !(j === 0 && t.text.toLowerCase() === 'the'));
    if (rest.length > 0 && /^\p{Lu}/u.test(rest[0]!.text) && rest.every((t) => /^(?:\p{Lu}|of$|and$|for$|the$|&$)/u.test(t.text))) {
      return { name: rest.map((t) => t.text).join(' '), title: tokens.slice(0, i) };
    }
    return null;
  }
  return null;
}

function titleFrom(view: ParagraphView, tokens: Token[], organisation: LocalEntity | string | null, owner: string | null): TitleParse | null {
  // "commissioner for children in Wexcombe in 2014": when the post was taken is no part of it.
  const when = tokens.findIndex((t, i) => i > 0 && /^(?:in|on|since|from|until)$/i.test(t.text) && WHEN.test(tokens[i + 1]?.text ?? ''));
  if (when > 0) tokens = tokens.slice(0, when);
  while (tokens.length > 0 && CONNECTORS.has(tokens.at(-1)!.text.toLowerCase())) tokens = tokens.slice(0, -1);
  // "deputy chief inspector of hospitals for the north": a long title keeps its head and first complement.
  if (tokens.length > MAX_TITLE_WORDS) tokens = shortened(tokens);
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) return null;
  if (tokens.some((t) => t.kind === 'entity')) return null;
  const words = tokens.map((t) => t.text.toLowerCase().replace(/['\u2019]s$/, ''));
  const honorific = tokens.length === 1 ? OFFICE_HONORIFICS.get(words[0]!) ?? OFFICE_HONORIFICS.get(`${words[0]}.`) : undefined;
  if (honorific) return { title: honorific, organisation, owner };
  if (!words.some((w) => isRoleHead(w))) return null;
  const title = view.text.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/\s+/g, ' ');
  return { title, organisation, owner };
}

/** The longest start of a too-long title that ends before a connector and still holds a job word, or []. */
function shortened(tokens: Token[]): Token[] {
  for (let i = Math.min(tokens.length - 1, MAX_TITLE_WORDS); i > 0; i--) {
    if (!CONNECTORS.has(tokens[i]!.text.toLowerCase())) continue;
    const head = tokens.slice(0, i);
    if (head.every((t) => t.kind === 'word') && head.some((t) => isRoleHead(t.text))) return head;
  }
  return [];
}
