/**
 * remark plugin: gives every numbered block a stable anchor (`#p-N`) and its
 * final HTML structure. Body paragraphs become `div.para`, captions a `figure`,
 * reader comments one labelled `section` with an `article` per comment.
 * Paragraph kinds come from the parser (`data.kind`, `data.comment`).
 */
import type { BlockContent, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

const COMMENTS_NOTE = 'Comments by readers of the original page. They are not part of the article.';

type Kind = 'standfirst' | 'body' | 'caption' | 'comment-meta' | 'comment';

interface ParagraphData {
  kind?: Kind;
  comment?: number;
}

/** The unified attacher. Expects a flat root of paragraphs (the parser's output). */
export default function remarkParagraphAnchors() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let comments: MdxJsxFlowElement | null = null;
    let current: MdxJsxFlowElement | null = null;
    let currentIndex = -1;
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      n++;
      const data = (node.data ?? {}) as ParagraphData;
      const kind: Kind = data.kind ?? 'body';
      const para = withPin(node, n);
      if (kind === 'comment-meta' || kind === 'comment') {
        if (!comments) {
          comments = element('section', { class: 'comments', 'aria-labelledby': 'reader-comments' }, [
            { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Reader comments' }] },
            // The note sits inside the section so that screen-reader users meet it with the heading.
            element('div', { class: 'comments-note' }, [
              { type: 'paragraph', children: [{ type: 'text', value: COMMENTS_NOTE }] },
            ]),
          ]);
          out.push(comments);
        }
        if (kind === 'comment-meta' || !current || data.comment !== currentIndex) {
          currentIndex = data.comment ?? currentIndex + 1;
          current = element('article', { class: 'comment', id: `c-${currentIndex + 1}` }, []);
          comments.children.push(current);
        }
        const cls = kind === 'comment-meta' ? 'para comment-meta' : 'para';
        current.children.push(element('div', { id: `p-${n}`, class: cls }, [para]));
        continue;
      }
      if (kind === 'caption') {
        out.push(element('figure', { id: `p-${n}`, class: 'caption' }, [element('figcaption', {}, [para])]));
        continue;
      }
      out.push(element('div', { id: `p-${n}`, class: kind === 'standfirst' ? 'para standfirst' : 'para' }, [para]));
    }
    tree.children = out;
  };
}

/** Appends the pilcrow permalink that readers copy to cite a paragraph. */
function withPin(node: Paragraph, n: number): Paragraph {
  const pin: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'a',
    // Not indexed: search excerpts would show a "¶" in every paragraph.
    attributes: attributes({ class: 'pin', href: `#p-${n}`, 'aria-label': `Link to paragraph ${n}`, 'data-pagefind-ignore': 'all' }),
    children: [{ type: 'text', value: '¶' }],
  };
  const children = node.children.map((child) =>
    child.type === 'text' ? { ...child, value: child.value.replace(/\s*\n\s*/g, ' ') } : child,
  );
  return { type: 'paragraph', children: [...children, { type: 'text', value: ' ' }, pin] };
}

function element(name: string, attrs: Record<string, string>, children: (BlockContent | MdxJsxFlowElement)[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children };
}

function attributes(attrs: Record<string, string>): MdxJsxAttribute[] {
  return Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}
