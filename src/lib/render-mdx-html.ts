/**
 * Renders Dossier's generated article MDX to HTML without compiling it to a
 * JavaScript module. Safe and exact for that MDX only: it holds Markdown plus
 * lowercase HTML JSX elements with literal string attributes, never imports,
 * exports, expressions or components. Anything else is refused, so a
 * hand-written MDX file can never be rendered wrongly in silence.
 */
import Slugger from 'github-slugger';
import { mdxToHast } from 'satteri';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
// The same five characters as Astro's own escapeHTML, so pages come out byte-identical to the MDX route.
const escapeHtml = (s: string) => s.replace(/[&<>'"]/g, (c) => ENTITY[c]!);

function propertyName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  // hast camel-cases data-* and aria-*: dataFooBar -> data-foo-bar.
  return /^(data|aria)[A-Z]/.test(name) ? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : name;
}

function textContent(node: Node): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textContent).join('');
}

/** Renders a hast tree to HTML; Markdown headings get ids from their text as Astro gives them (github-slugger, unique per page). */
class Renderer {
  private readonly slugger = new Slugger();

  html(node: Node): string {
    switch (node.type) {
      case 'root':
        return (node.children ?? []).map((c) => this.html(c)).join('');
      case 'text':
        return escapeHtml(node.value ?? '');
      case 'raw':
        throw new Error('raw HTML is not expected in generated MDX');
      case 'comment':
        return '';
      case 'element':
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = node.type === 'element' ? node.tagName! : node.name;
        if (!tag || !/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`unsupported element <${tag ?? ''}>: only lowercase HTML tags`);
        const open = `<${tag}${attributes(node)}${this.headingId(node, tag)}>`;
        return VOID.has(tag) ? open : `${open}${(node.children ?? []).map((c) => this.html(c)).join('')}</${tag}>`;
      }
      default:
        throw new Error(`unsupported MDX node: ${node.type}`);
    }
  }

  private headingId(node: Node, tag: string): string {
    if (node.type !== 'element' || !/^h[1-6]$/.test(tag) || typeof node.properties?.id === 'string') return '';
    return ` id="${escapeHtml(this.slugger.slug(textContent(node)))}"`;
  }
}

function attributes(node: Node): string {
  let out = '';
  if (node.type === 'element') {
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (value === false || value === null || value === undefined) continue;
      const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
      out += value === true ? ` ${propertyName(name)}` : ` ${propertyName(name)}="${escapeHtml(text)}"`;
    }
    return out;
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || (attr.value !== undefined && attr.value !== null && typeof attr.value !== 'string')) {
      throw new Error(`unsupported JSX attribute on <${node.name}>: only literal strings are allowed`);
    }
    out += attr.value === undefined || attr.value === null ? ` ${attr.name}` : ` ${attr.name}="${escapeHtml(attr.value)}"`;
  }
  return out;
}

/** HTML of one generated article body (frontmatter already removed). */
export function renderMdxHtml(body: string): string {
  return new Renderer().html(mdxToHast(body) as unknown as Node);
}
