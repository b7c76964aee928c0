/**
 * What goes in a page's head and cite box, per page kind: title, description, path,
 * Highwire/DC meta tags, JSON-LD and the citation. Pages pass the result to their layout.
 */
import { citeArticle, citePage, buildDate, publicUrl, SITE_NAME, type PageCitation } from './citations.ts';
import { articleExtras } from './article-body.ts';
import { articleMetaTags, entityLd, newsArticleLd, pageMetaTags, webPageLd, type LdRef, type MetaTag } from './page-meta.ts';
import type { DateNode } from './date-tree.ts';
import { articleEntities, entityArticles, formatIso, type Article, type EntityEntry, type EntityKind } from './queries.ts';

export interface PageHead {
  title: string;
  description: string;
  /** Path from the site root, e.g. `people/ray-jones.html`. */
  path: string;
  meta: MetaTag[];
  jsonLd: object;
  citation: PageCitation;
}

const SECTION = { person: 'people', organisation: 'organisations' } as const;
const LD_TYPE = { person: 'Person', organisation: 'Organization' } as const;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Head of a person or organisation page. */
export async function entityHead(kind: EntityKind, entry: EntityEntry): Promise<PageHead> {
  const e = entry.data;
  const path = `${SECTION[kind]}/${e.id}.html`;
  const articles = await entityArticles(entry);
  const dated = articles.flatMap((a) => (a.article.data.published ? [a.article.data.published.slice(0, 4)] : []));
  const span = dated.length ? (dated[0] === dated.at(-1) ? ` (${dated[0]})` : ` (${dated[0]}–${dated.at(-1)})`) : '';
  const roles = [...new Set(e.roles.map((r) => r.title))];
  const description =
    `${e.name}: ${plural(e.mentionCount, 'mention')} in ${plural(articles.length, 'article')}${span}.` +
    (roles.length ? ` ${roles.slice(0, 3).join('; ')}.` : '');
  const related: LdRef[] =
    kind === 'person'
      ? uniqueRefs(e.roles.flatMap((r) => (r.organisation ? [{ type: 'Organization' as const, name: r.organisationText ?? r.organisation, url: publicUrl(`organisations/${r.organisation}.html`) }] : [])))
      : [];
  return {
    title: e.name,
    description,
    path,
    meta: pageMetaTags(e.name, publicUrl(path), SITE_NAME, buildDate()),
    jsonLd: entityLd({
      type: LD_TYPE[kind],
      name: e.name,
      url: publicUrl(path),
      aliases: e.aliases,
      ...(kind === 'person' ? { jobTitles: roles } : {}),
      related,
      subjectOf: articles.map(({ article }) => ({ headline: article.data.title ?? article.data.displayTitle, url: publicUrl(`articles/${article.data.id}.html`) })),
    }),
    citation: citePage(kind, e.id, e.name, path),
  };
}

/** Head of a day, month or year page. */
export function dateHead(node: DateNode): PageHead {
  const title = formatIso(node.iso);
  const path = `dates/${node.iso}.html`;
  const description = `What the sources say about ${title}: ${plural(node.mentionsWithin, 'mention')}, ${plural(node.published.length, 'article')} published.`;
  return {
    title,
    description,
    path,
    meta: pageMetaTags(title, publicUrl(path), SITE_NAME, buildDate()),
    jsonLd: webPageLd(title, publicUrl(path)),
    citation: citePage('date', node.iso, title, path),
  };
}

/** Head of an article page: cites and describes the original publication. */
export async function articleHead(article: Article): Promise<PageHead> {
  const a = article.data;
  const path = `articles/${a.id}.html`;
  const found = await articleEntities(a.id);
  const mentions: LdRef[] = [
    ...found.people.map((p) => ({ type: 'Person' as const, name: p.name, url: publicUrl(`people/${p.id}.html`) })),
    ...found.organisations.map((o) => ({ type: 'Organization' as const, name: o.name, url: publicUrl(`organisations/${o.id}.html`) })),
  ];
  return {
    title: a.title ?? a.displayTitle,
    description: a.lede,
    path,
    meta: articleMetaTags(a, publicUrl(path)),
    jsonLd: newsArticleLd(a, publicUrl(path), mentions),
    citation: citeArticle(a, articleExtras(article)?.citations),
  };
}

/** Root pages of the site: name (file name without `.html`) -> title and description. */
export const ROOT_PAGES = {
  index: { title: 'Home', description: 'A cross-linked archive of news articles: who said what, when, with links to the exact paragraph.' },
  articles: { title: 'Articles by date', description: 'Every article in the archive, newest first, with its publication and date.' },
  people: { title: 'People A–Z', description: 'Every person the articles name, A–Z by family name, with mention counts.' },
  organisations: { title: 'Organisations A–Z', description: 'Every organisation the articles name, A–Z, with type and mention counts.' },
  timeline: { title: 'Timeline', description: 'Every date the articles mention or were published on, in order, with what the sources say.' },
  connections: { title: 'Connections', description: 'Which people and organisations appear in the same articles, as a picture and a table.' },
  quotes: { title: 'Quotes', description: 'Every direct quotation in the articles, by speaker, linked to its paragraph.' },
  figures: { title: 'Figures', description: 'Every numeric claim in the articles (counts, percentages, money) with its sentence and source.' },
} as const;
export type RootPage = keyof typeof ROOT_PAGES;

/** Head of a root page (home, indexes, timeline…). */
export function indexHead(name: RootPage): PageHead {
  const { title, description } = ROOT_PAGES[name];
  const path = `${name}.html`;
  const cited = name === 'index' ? SITE_NAME : title;
  return {
    title,
    description,
    path,
    meta: pageMetaTags(cited, publicUrl(path), SITE_NAME, buildDate()),
    jsonLd: webPageLd(cited, publicUrl(path), name === 'index' ? 'WebPage' : 'CollectionPage'),
    citation: citePage('page', name, cited, path),
  };
}

function uniqueRefs(refs: LdRef[]): LdRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.url) ? false : (seen.add(r.url), true)));
}
