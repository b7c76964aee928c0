/**
 * Serialises a parsed article tree to MDX: entity links, paragraph anchors, then
 * remark-mdx + remark-stringify, so every character of the article is escaped by
 * the serializer and nothing in it can run as code or markup.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import YAML from 'yaml';
import remarkEntityLinks, { type EntityLink } from './remark-entity-links.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';

/**
 * MDX treats `import`/`export` at the start of a line as ES modules. Backslashes cannot
 * escape letters, so the serializer writes the first letter as a character reference.
 * @see https://mdxjs.com/docs/what-is-mdx/#esm
 */
const esmUnsafe = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
] as const;

/**
 * Astro's MDX processor reads GitHub-flavoured Markdown, where `~~text~~` is struck through:
 * an article's tildes are escaped so that they stay tildes.
 */
const gfmUnsafe = [{ character: '~', inConstruct: 'phrasing' }] as const;

/**
 * Builds the `.mdx` file for one article.
 * @param tree the parser's flat tree of paragraphs (not mutated)
 * @param frontmatter plain data, serialised as YAML by the `yaml` library
 * @param links entity and date links to insert
 */
export function serializeArticle(tree: Root, frontmatter: Record<string, unknown>, links: EntityLink[]): string {
  const processor = unified()
    .use(remarkEntityLinks, { links })
    .use(remarkParagraphAnchors)
    .use(remarkMdx)
    .use(remarkStringify, { unsafe: [...esmUnsafe, ...gfmUnsafe], bullet: '-', fences: true, resourceLink: true });
  const copy = withSafeLinks(structuredClone(tree));
  const body = processor.stringify(processor.runSync(copy) as Root);
  // Every string double-quoted: Astro reads frontmatter as YAML 1.1, where a bare
  // `2014-05-19` is a timestamp and `no` a boolean.
  const yaml = YAML.stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}

/** Links keep only web and mail URLs; any other scheme (`javascript:`, `data:`) becomes plain text. */
function withSafeLinks(tree: Root): Root {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    node.children = node.children.flatMap((child) =>
      child.type === 'link' && !/^(https?:\/\/|mailto:)/i.test(child.url) ? child.children : [child],
    );
  }
  return tree;
}
