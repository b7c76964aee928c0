/**
 * BibTeX for Dossier's CSL items through citation-js, in UTF-8: citation-js's ASCII mode
 * writes Latin letters as TeX macros but drops every letter it has no macro for (Cyrillic,
 * Greek, Arabic, CJK…), and reads `<b>` in a title as bold. Here the text is escaped for
 * TeX first and passed through as it is; biber, bibtexu and LaTeX (since 2018) read UTF-8.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem, CslName } from './cite.ts';

// citation-js's config is global: every BibTeX this process formats goes through formatBibtex, which escapes first.
plugins.config.get('@bibtex').format.asciiOnly = false;

const TEX_SPECIAL = /[\\{}&%$#_~^<>]/gu;
const TEX: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text with TeX's special characters written as text (`50% & <b>` -> `50\% \& \textless{}b\textgreater{}`). */
export function texEscape(text: string): string {
  // (The word joiner that keeps citeproc from reading "<b>" as bold has no place here.)
  return text.replace(/\u2060/gu, '').replace(TEX_SPECIAL, (c) => TEX[c]!);
}

/** A URL with the characters a URL may not hold raw percent-encoded, so no markup rides in one. */
export function safeUrl(url: string): string {
  return url.replace(/[<>"{}|\\^`\s]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeName(name: CslName): CslName {
  const out: CslName = {};
  for (const key of ['family', 'given', 'suffix', 'literal'] as const) if (name[key] !== undefined) out[key] = texEscape(name[key]);
  return out;
}

/**
 * citation-js's BibTeX made valid for BibTeX itself: `month = {dec 2}` becomes the month macro
 * `month = dec` (BibTeX has no day field), an `@article` with no journal (an outlet the text
 * never names) becomes `@misc`, whose `howpublished` and `url` fit it, and `howpublished`,
 * which citation-js copies from the URL unescaped, is escaped.
 */
export function tidyBibtex(bibtex: string): string {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const out = bibtex
    .trim()
    .replace(/^(\s*month = )\{([a-z]{3}|\d{1,2})(?: \d{1,2})?\}(,?)$/mu, (line, lead: string, month: string, comma: string) => {
      const macro = /^\d+$/u.test(month) ? months[Number(month) - 1] : month;
      return macro ? `${lead}${macro}${comma}` : line;
    })
    .replace(/^(\s*howpublished = \{)(.*)(\},?)$/mu, (_line, lead: string, value: string, end: string) => `${lead}${texEscape(value)}${end}`);
  return /^@article\{/u.test(out) && !/^\s*journal = /mu.test(out) ? out.replace(/^@article\{/u, '@misc{') : out;
}

/**
 * BibTeX for `item`, or null without the BibTeX plugin. The title is braced whole, so that
 * styles keep its capitals ("DfE" would otherwise print as "dfe").
 */
export function formatBibtex(item: CslItem): string | null {
  if (!plugins.output.has('bibtex')) return null;
  const container = item['container-title'];
  const safe: CslItem = {
    ...item,
    title: `{${texEscape(item.title)}}`,
    ...(container !== undefined ? { 'container-title': texEscape(container) } : {}),
    ...(item.publisher !== undefined ? { publisher: texEscape(item.publisher) } : {}),
    ...(item.author ? { author: item.author.map(escapeName) } : {}),
    URL: safeUrl(item.URL),
  };
  return tidyBibtex(new Cite(safe).format('bibtex'));
}
