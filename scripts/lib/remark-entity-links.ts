/**
 * remark plugin: wraps entity and date mentions in relative links to their pages.
 * Mentions address text by paragraph number (1-based position among the root's
 * paragraphs) and UTF-16 offsets into the paragraph's plain text (see `paragraphText`).
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';

/** One link to make: `text` at [start, end) of paragraph `paragraph` goes to `href`. */
export interface EntityLink {
  paragraph: number;
  start: number;
  end: number;
  href: string;
  /** CSS class, e.g. `ent person`. */
  className: string;
}

export interface RemarkEntityLinksOptions {
  links: EntityLink[];
}

/** Plain text of a paragraph as extractors see it: text nodes and link texts, in order. */
export function paragraphText(node: Paragraph): string {
  return node.children.map(inlineText).join('');
}

function inlineText(node: PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(inlineText).join('');
  return '';
}

/** The unified attacher. Overlapping links and links that cross an existing link are skipped. */
export default function remarkEntityLinks(options: RemarkEntityLinksOptions) {
  const byParagraph = new Map<number, EntityLink[]>();
  for (const link of options.links) {
    const list = byParagraph.get(link.paragraph) ?? [];
    list.push(link);
    byParagraph.set(link.paragraph, list);
  }
  return (tree: Root) => {
    let n = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'paragraph') return node;
      n++;
      const links = byParagraph.get(n);
      return links ? { ...node, children: linkParagraph(node.children, links) } : node;
    });
  };
}

function linkParagraph(children: PhrasingContent[], links: EntityLink[]): PhrasingContent[] {
  const sorted = [...links].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhrasingContent[] = [];
  let offset = 0;
  let li = 0;
  for (const child of children) {
    const length = inlineText(child).length;
    const childEnd = offset + length;
    if (child.type !== 'text') {
      // Never nest a link in a link: mentions inside an existing link stay plain.
      while (li < sorted.length && sorted[li]!.start < childEnd) li++;
      out.push(child);
      offset = childEnd;
      continue;
    }
    let cursor = 0;
    while (li < sorted.length && sorted[li]!.start < childEnd) {
      const link = sorted[li]!;
      li++;
      const start = link.start - offset;
      const end = link.end - offset;
      if (start < cursor || end > length) continue;
      if (start > cursor) out.push(text(child.value.slice(cursor, start)));
      out.push(anchor(link, child.value.slice(start, end)));
      cursor = end;
    }
    if (cursor < length) out.push(text(child.value.slice(cursor)));
    offset = childEnd;
  }
  return out;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function anchor(link: EntityLink, value: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'href', value: link.href },
      { type: 'mdxJsxAttribute', name: 'class', value: link.className },
    ],
    children: [text(value)],
  };
}
