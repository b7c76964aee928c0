/**
 * Turns a paragraph's plain text into mdast phrasing nodes: `words <https://…>` markers
 * (as text-mode browsers print links) and bare URLs become `link` nodes, the rest `text`.
 */
import type { Link, PhrasingContent, Text } from 'mdast';

const MARKER = /\s*<((?:https?:\/\/|www\.)[^<>\s]+|mailto:[^<>\s]+)>/giu;
const BARE_URL = /\bhttps?:\/\/[^\s<>]+/giu;
/** Characters that end a phrase: link text never reaches back across them. */
const PHRASE_BREAK = /[.,;:!?()[\]"“”—–]|(?<!\p{L})[‘’']|[‘’'](?!\p{L})/gu;
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Words after which a link marker is the destination itself ("details at <url>"). */
const LEAD_INS = new Set(['at', 'see', 'visit', 'via', 'from', 'here', 'on', 'in', 'to', 'and', 'or', 'of', 'a', 'an', 'the', 'is', 'by']);
const URL_NOISE = new Set(['www', 'http', 'https', 'com', 'org', 'net', 'html', 'htm', 'pdf', 'php', 'asp', 'aspx', 'index', 'uploads', 'upload', 'system', 'attachment', 'attachments', 'data', 'file', 'files', 'content', 'page', 'pages', 'article', 'articles', 'story', 'web', 'amp', 'gov', 'assets', 'docs', 'download', 'the', 'and', 'for', 'with']);

interface Word {
  text: string;
  start: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index }));
}

function urlTokens(url: string): string[] {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').toLowerCase();
  return path.split(/[^a-z]+/u).filter((t) => t.length >= 3 && !URL_NOISE.has(t));
}

function matchesToken(word: string, tokens: string[]): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w.length < 3) return false;
  return tokens.some((t) => t === w || (w.length >= 5 && t.length >= 5 && t.slice(0, 5) === w.slice(0, 5)) || (w.length >= 4 && t.startsWith(w)));
}

/**
 * Where the link text starts inside `before` (the text between the previous link and the
 * marker), or -1 when the URL itself should be the link text. Prefers the words that the
 * URL's own path names; otherwise a short noun phrase ending at the marker.
 */
export function anchorStart(before: string, url: string): number {
  const trimmed = before.replace(/\s+$/u, '');
  let phraseStart = 0;
  for (const m of trimmed.matchAll(PHRASE_BREAK)) phraseStart = m.index + m[0].length;
  const words = wordsOf(trimmed.slice(phraseStart)).map((w) => ({ text: w.text, start: w.start + phraseStart }));
  if (words.length === 0) return -1;
  const last = words[words.length - 1]!;
  const window = words.slice(-6);
  const tokens = urlTokens(url);
  const named = window.find((w) => matchesToken(w.text, tokens));
  if (named) return named.start;
  if (LEAD_INS.has(last.text.toLowerCase())) return -1;
  const tail = words.slice(-5);
  const determiner = tail.find((w) => DETERMINERS.has(w.text.toLowerCase()));
  if (determiner) return determiner.start;
  return (words.length <= 3 ? words[0]! : words[words.length - 3]!).start;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function link(url: string, label: string): Link {
  const href = /^www\./iu.test(url) ? `https://${url}` : url;
  return { type: 'link', url: href, children: [text(label)] };
}

/** Splits bare URLs out of a run of text, trailing sentence punctuation staying outside. */
function bareLinks(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of value.matchAll(BARE_URL)) {
    const url = m[0].replace(/[.,;:!?)'"’”]+$/u, '');
    out.push(text(value.slice(at, m.index)), link(url, url));
    at = m.index + url.length;
  }
  out.push(text(value.slice(at)));
  return out;
}

/** Merges neighbouring text nodes, collapses runs of spaces and drops empty text. */
function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (node.type === 'text' && prev?.type === 'text') prev.value += node.value;
    else out.push(node.type === 'text' ? text(node.value) : node);
  }
  const cleaned = out
    .map((node) => (node.type === 'text' ? text(node.value.replace(/\s+/gu, ' ')) : node))
    .filter((node) => node.type !== 'text' || node.value !== '');
  const first = cleaned[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/u, '');
  const last = cleaned[cleaned.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/u, '');
  return cleaned.filter((node) => node.type !== 'text' || node.value !== '');
}

/**
 * Parses link markers and bare URLs in one paragraph.
 * @param value the paragraph's text, lines already joined
 * @returns phrasing nodes whose text, read in order, is the sentence without the markers
 */
export function parseInlineLinks(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const m of value.matchAll(MARKER)) {
    const url = m[1]!;
    const before = value.slice(at, m.index);
    const start = anchorStart(before, url);
    if (start >= 0) {
      nodes.push(...bareLinks(before.slice(0, start)), link(url, before.slice(start).trim()));
    } else {
      const spaced = before.trim() === '' || /[\s([“"‘]$/u.test(before) ? before : `${before} `;
      nodes.push(...bareLinks(spaced), link(url, url));
    }
    at = m.index + m[0].length;
    // A marker printed before a comma leaves a space that the sentence never had.
    if (/^\s+[,.;:!?)\]]/u.test(value.slice(at))) at += /^\s+/u.exec(value.slice(at))![0].length;
  }
  nodes.push(...bareLinks(value.slice(at)));
  return tidy(nodes);
}

/** The plain text of phrasing nodes (link text included). */
export function phrasingText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : 'children' in node ? phrasingText(node.children as PhrasingContent[]) : '')).join('');
}
