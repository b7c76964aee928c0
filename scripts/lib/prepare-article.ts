/**
 * Turns one decoded seed into parsed text plus final metadata (curation applied).
 * Pure: text and curation in, plain data out.
 */
import type { Root } from 'mdast';
import type { ArticleCuration } from '../../src/schemas/curation.ts';
import type { CommentMeta, PublishedSource } from '../../src/schemas/article.ts';
import { parseArticle } from './parse-article.ts';
import { paragraphText } from './remark-entity-links.ts';
import type { Segment, SegmentKind } from './types.ts';

export interface PreparedArticle {
  source: string;
  sha256: string;
  title: string | null;
  displayTitle: string;
  standfirst: string | null;
  author: string | null;
  /** The byline's job title, as printed; null when none is printed or curation names another author. */
  authorRole: string | null;
  publication: string | null;
  published: string | null;
  publishedSource: PublishedSource;
  url: string | null;
  comments: CommentMeta[];
  tree: Root;
  /** Numbered blocks (1…N) plus the printed byline and date line as paragraph 0. */
  segments: Segment[];
  lede: string;
  wordCount: number;
}

/** Parses an article and applies its curation entry. Returns a reason when there is no article body. */
export function prepareArticle(
  source: string,
  sha256: string,
  text: string,
  curation: ArticleCuration | undefined,
): { ok: true; article: PreparedArticle } | { ok: false; reason: string } {
  const parsed = parseArticle(text);
  const segments: Segment[] = [];
  let n = 0;
  for (const node of parsed.tree.children) {
    if (node.type !== 'paragraph') continue;
    n++;
    const kind = ((node.data as { kind?: SegmentKind } | undefined)?.kind ?? 'body') as SegmentKind;
    segments.push({ paragraph: n, kind, text: paragraphText(node).replace(/\s*\n\s*/g, ' ') });
  }
  const body = segments.filter((s) => s.kind === 'body');
  if (body.length === 0) return { ok: false, reason: parsed.title ? 'headline with no article body' : 'no article body found' };

  // Paragraph 0 is the printed header: byline and date line, so that the author and the
  // publication date are mentions with a place in the text, like every other fact.
  const author = curation?.author ?? parsed.author;
  // The dates the parser read in the header (publication and updates), else the first dated line near the top.
  const dateLines = parsed.dateLines.length > 0 ? parsed.dateLines : [findDateLine(text, [parsed.title, parsed.author, parsed.standfirst], segments.map((s) => s.text))];
  const header = [author ? `By ${author}` : null, ...dateLines].filter(Boolean).join(' · ');
  if (header) segments.unshift({ paragraph: 0, kind: 'header', text: header });

  const bodyText = body.map((s) => s.text).join(' ');
  const lede = firstSentence(body[0]!.text);
  const curatedDate = curation?.published;
  return {
    ok: true,
    article: {
      source,
      sha256,
      title: curation?.title ?? parsed.title,
      displayTitle: curation?.title ?? parsed.title ?? truncateWords(lede, 12),
      standfirst: parsed.standfirst,
      author,
      authorRole: author === parsed.author ? parsed.authorRole : null,
      publication: curation?.publication ?? parsed.publication,
      published: curatedDate ?? parsed.published,
      publishedSource: curatedDate ? { kind: 'curation', method: 'the curation file' } : parsed.publishedSource,
      url: curation?.url ?? null,
      comments: parsed.comments,
      tree: parsed.tree,
      segments,
      lede,
      wordCount: bodyText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    },
  };
}

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

/**
 * The printed date line of the header (e.g. `| 19 May 2014`), searched in the first lines.
 * @param blocks texts of the numbered paragraphs: a line inside one of them is never the date line
 */
export function findDateLine(text: string, exclude: (string | null)[], blocks: string[] = []): string | null {
  const skip = new Set(exclude.filter((s): s is string => Boolean(s)).map((s) => s.trim()));
  // Scraped pages put mastheads, menus and labels above the date line: look a little way down.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 14);
  for (const line of lines) {
    if (skip.has(line) || line.length > 100) continue;
    const cleaned = line.replace(/^[|•·\-–—\s]+/, '').trim();
    // A line that is (part of) a paragraph is article text, not the header's date line.
    if (!/\b(1[89]|20)\d\d\b/.test(cleaned) || blocks.some((b) => b.includes(cleaned))) continue;
    if (MONTH.test(cleaned) || /\b\d{4}-\d\d-\d\d\b/.test(cleaned) || /\b\d{1,2}[./]\d{1,2}[./](19|20)\d\d\b/.test(cleaned)) return cleaned;
  }
  return null;
}

function firstSentence(text: string): string {
  const match = /^.{20,}?[.!?]["'”’]?(?=\s+[A-Z“"‘'])/u.exec(text);
  return truncateWords((match ? match[0] : text).trim(), 60);
}

function truncateWords(text: string, words: number): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}
