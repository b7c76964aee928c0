/**
 * Parses one plain-text article into metadata and a flat mdast tree of numbered
 * paragraphs (standfirst, body, captions, reader comments). The text is untrusted and
 * only ever lands in `text` nodes; escaping is the serializer's job.
 */
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { CommentMeta, PublishedSource } from '../../src/schemas/article.ts';
import { classifyBody } from './parse/classify-body.ts';
import { detectDateOrder } from './parse/date-order.ts';
import { detectHeader } from './parse/detect-header.ts';
import { datelineDate } from './parse/find-date.ts';
import { detectPublication } from './parse/detect-publication.ts';
import { inferPublished } from './parse/infer-published.ts';
import { parseInlineLinks, phrasingText } from './parse/parse-inline-links.ts';
import { findCommentThread } from './parse/parse-comments.ts';
import { orderParagraphs, type ParagraphKind } from './parse/order-paragraphs.ts';
import { splitTitleSuffix } from './parse/outlet-name.ts';
import { splitBlocks } from './parse/split-blocks.ts';
import { unwrapLines } from './parse/unwrap-lines.ts';

export type { ParagraphKind };

/** What the parser reads from an article. */
export interface ParsedArticle {
  /** Headline as printed, null when the text has none. */
  title: string | null;
  /** Dek under the headline, null when there is none. */
  standfirst: string | null;
  /** Byline author(s), null when there is no byline. */
  author: string | null;
  /** The byline's job title ("Education Editor"), null when none is printed. */
  authorRole: string | null;
  /** Outlet named by the page's own furniture, else null. */
  publication: string | null;
  /** ISO date (day, month or year precision), or null. */
  published: string | null;
  publishedSource: PublishedSource;
  /** The dates the header prints (publication, updates), as printed, in order. */
  dateLines: string[];
  /** Reader comments, in order. */
  comments: CommentMeta[];
  /** Flat root of paragraphs, each with `data.kind` (and `data.comment` in the thread). */
  tree: Root;
}

function paragraph(kind: ParagraphKind, children: PhrasingContent[], comment?: number): Paragraph {
  const data = comment === undefined ? { kind } : { kind, comment };
  return { type: 'paragraph', data, children } as Paragraph;
}

function plain(text: string): string {
  return phrasingText(parseInlineLinks(text));
}

/** "# Headline", "**Headline**": Markdown a copied page kept around its headline. */
function withoutMarkdown(title: string): string {
  // (Only a headline wrapped whole: "**Breaking** news on **council**" keeps its marks.)
  const bare = title.replace(/^#{1,6}\s+/u, '').replace(/^(\*\*|__|\*|_)(?=\S)((?:(?!\1).)+?)(?<=\S)\1$/u, '$2').trim();
  return bare === '' ? title : bare;
}

function withoutMarkers(text: string): string {
  return text.replace(/\s*<(?:https?:\/\/|www\.|mailto:)[^<>\s]+>/giu, '');
}

function linksOf(nodes: PhrasingContent[]): string[] {
  return nodes.filter((n): n is Link => n.type === 'link').map((n) => n.url);
}

/**
 * Parses an article.
 * @param text decoded, normalised plain text (never trusted, never executed)
 */
export function parseArticle(text: string): ParsedArticle {
  // 1. Blocks and paragraphs, with hard wrapping undone.
  const paras = unwrapLines(splitBlocks(text));
  const texts = paras.map((p) => p.text);
  // Shapes are judged without link markers ("Jane Doe <https://…/profile>, editor" is a byline).
  const shapes = texts.map(withoutMarkers);
  // Numeric dates (03/04/2015) are read only when the text shows its day/month order.
  const order = detectDateOrder(shapes.join('\n'));
  // 2. Header: masthead, headline, byline, date line, standfirst, header captions.
  const header = detectHeader(shapes, { blocks: paras.map((p) => p.block), order });
  // 3. Reader comments after the body.
  const thread = findCommentThread(shapes, header.bodyStart, order, header.date?.iso ?? null);
  const bodyEnd = thread?.start ?? paras.length;
  // 4. Body paragraphs: running text, captions, furniture.
  const printed = header.titleAt === null ? null : plain(texts[header.titleAt]!);
  const cut = printed !== null && header.titleCut ? (splitTitleSuffix(printed)?.title ?? printed) : printed;
  const title = cut === null ? null : withoutMarkdown(cut);
  const standfirstText = header.standfirst === null ? null : texts[header.standfirst]!;
  const repeats = [header.title, header.titleAt === null ? null : shapes[header.titleAt]!, header.standfirst === null ? null : shapes[header.standfirst]!];
  const bodyParas = shapes.slice(header.bodyStart, bodyEnd).map((t, i) => ({ text: t, bullet: paras[header.bodyStart + i]!.bullet }));
  const body = classifyBody(bodyParas, repeats.filter((t): t is string => t !== null), order, header.author);

  // 5. Back into document order as numbered paragraph slots.
  const { slots, leftovers } = orderParagraphs(texts, shapes, { header, roles: body.roles, thread });

  // 6. The tree, and comment metadata pointing at its paragraph numbers.
  const children = slots.map((s) => paragraph(s.kind, s.kind === 'comment-meta' ? [{ type: 'text', value: s.text }] : parseInlineLinks(s.text), s.comment));
  const comments: CommentMeta[] = (thread?.comments ?? []).map((c, index) => ({
    author: c.author,
    dateText: c.dateText,
    date: c.date,
    paragraph: slots.findIndex((s) => s.kind === 'comment-meta' && s.comment === index) + 1,
  }));

  // 7. Publication date: stated, else inferred from links or comments.
  const articleNodes = children.filter((_, i) => slots[i]!.kind !== 'comment' && slots[i]!.kind !== 'comment-meta');
  const urls = articleNodes.flatMap((p) => linksOf(p.children));
  const articleText = articleNodes.map((p) => phrasingText(p.children)).join('\n');
  const firstBodyAt = body.roles.indexOf('body');
  const firstBody = firstBodyAt < 0 ? null : shapes[header.bodyStart + firstBodyAt]!;
  const printedDate = header.date?.iso ?? body.dateLine?.iso ?? null;
  const datelined = printedDate === null && firstBody !== null ? (datelineDate(firstBody, order)?.iso ?? null) : null;
  const stated = printedDate ?? datelined;
  const { published, publishedSource } = inferPublished(stated, urls, articleText, comments.map((c) => c.date), datelined ? 'dateline' : 'date line');

  return {
    title,
    standfirst: standfirstText === null ? null : plain(standfirstText),
    author: header.author ?? body.author,
    authorRole: header.author === null ? null : header.authorRole,
    publication: detectPublication(leftovers, { outlets: header.outlets, firstBody, author: header.author ?? body.author }),
    published,
    publishedSource,
    // A date printed twice ("Published 14 Aug 2023 · Updated 14 Aug 2023") is one line of the header paragraph.
    dateLines: header.dates.length > 0 ? [...new Set(header.dates.map((d) => d.text))] : body.dateLine ? [body.dateLine.text] : [],
    comments,
    tree: { type: 'root', children },
  };
}
