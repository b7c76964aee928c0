/**
 * Plain text of a generated article page (MDX): the whole body, and the running body
 * without captions, credits and reader comments. Which elements are not running text
 * is decided here and only here (`NON_RUNNING`).
 */
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Elements whose contents are not running article text: by element name, or by any
 * token of a string `class`/`className` attribute. Adjust here when the page markup changes.
 */
export const NON_RUNNING = {
  elements: ['figure', 'figcaption', 'aside'],
  classes: ['caption', 'credit', 'credits', 'comments', 'comment', 'comment-meta'],
} as const;

/** The texts the body checks read. Blocks are separated by newlines. */
export interface BodyText {
  full: string;
  running: string;
}

/** Parse outcome: texts, or the parser's message when the MDX is malformed. */
export type BodyTextResult = ({ ok: true } & BodyText) | { ok: false; error: string };

/** Containers whose children are blocks, so their texts are joined by a newline. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'mdxJsxFlowElement', 'table', 'tableRow']);

/**
 * Extracts the plain text of an MDX page (frontmatter dropped, markup and JSX tags removed).
 * @param mdx the `.mdx` file's contents
 */
export function bodyText(mdx: string): BodyTextResult {
  const source = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, full: textOf(tree, true), running: textOf(tree, false) };
}

function textOf(node: Nodes, withNonRunning: boolean): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return stringLiteral(node.value);
    case 'break':
      return ' ';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!withNonRunning && isNonRunning(node.name, node.attributes)) return '';
  }
  if (!('children' in node)) return '';
  const separator = FLOW_PARENTS.has(node.type) ? '\n' : '';
  return (node.children as Nodes[])
    .map((child) => textOf(child, withNonRunning))
    .filter((text) => separator === '' || text.trim().length > 0)
    .join(separator);
}

function isNonRunning(name: string | null, attributes: readonly { type: string; name?: string; value?: unknown }[]): boolean {
  if (name && (NON_RUNNING.elements as readonly string[]).includes(name.toLowerCase())) return true;
  return attributes.some(
    (a) =>
      a.type === 'mdxJsxAttribute' &&
      (a.name === 'class' || a.name === 'className') &&
      typeof a.value === 'string' &&
      a.value.split(/\s+/).some((token) => (NON_RUNNING.classes as readonly string[]).includes(token)),
  );
}

/** `{"{"}` and `{'x'}` are how the serializer writes literal characters; other expressions have no text. */
function stringLiteral(expression: string): string {
  const match = /^\s*(["'])((?:\\.|(?!\1).)*)\1\s*$/s.exec(expression);
  if (!match) return '';
  const body = match[2] ?? '';
  try {
    return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`) as string;
  } catch {
    return body;
  }
}
