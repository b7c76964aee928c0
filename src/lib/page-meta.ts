/**
 * Machine-readable page metadata: Highwire `citation_*` and Dublin Core `DC.*` tags for
 * reference managers (Zotero, Google Scholar), and schema.org JSON-LD objects.
 * @see https://www.zotero.org/support/dev/exposing_metadata
 */
import { parseByline, type CitableArticle, type CslName } from './cite.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** A linked entity for JSON-LD: its schema.org type, name and absolute URL. */
export interface LdRef {
  type: 'Person' | 'Organization';
  name: string;
  url: string;
}

/** `2014-06-20` -> `2014/06/20`, the Highwire date form (partial dates stay partial). */
export function highwireDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

const displayName = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');

/** Highwire and Dublin Core tags for an article: the original publication's details. */
export function articleMetaTags(article: CitableArticle, archiveUrl: string): MetaTag[] {
  const authors = article.author ? parseByline(article.author) : [];
  const title = article.title ?? article.displayTitle;
  const tags: MetaTag[] = [{ name: 'citation_title', content: title }];
  for (const a of authors) tags.push({ name: 'citation_author', content: displayName(a) });
  if (article.published) tags.push({ name: 'citation_publication_date', content: highwireDate(article.published) });
  if (article.publication) tags.push({ name: 'citation_publisher', content: article.publication });
  tags.push({ name: 'citation_public_url', content: article.url ?? archiveUrl });
  tags.push({ name: 'citation_fulltext_html_url', content: archiveUrl });
  tags.push({ name: 'citation_language', content: 'en' });
  tags.push({ name: 'DC.type', content: 'Text' });
  tags.push({ name: 'DC.title', content: title });
  for (const a of authors) tags.push({ name: 'DC.creator', content: displayName(a) });
  if (article.published) tags.push({ name: 'DC.date', content: article.published });
  if (article.publication) tags.push({ name: 'DC.publisher', content: article.publication });
  tags.push({ name: 'DC.identifier', content: article.url ?? archiveUrl });
  if (article.url) tags.push({ name: 'DC.relation', content: archiveUrl });
  return tags;
}

/** Highwire and Dublin Core tags for a page of this site. */
export function pageMetaTags(title: string, url: string, siteName: string, today: string): MetaTag[] {
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_publisher', content: siteName },
    { name: 'citation_date', content: highwireDate(today) },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: 'en' },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.title', content: title },
    { name: 'DC.publisher', content: siteName },
    { name: 'DC.date', content: today },
    { name: 'DC.identifier', content: url },
  ];
}

const ref = (r: LdRef) => ({ '@type': r.type, name: r.name, url: r.url });

/** schema.org NewsArticle for an article page; `url` is this page, `isBasedOn` the original. */
export function newsArticleLd(article: CitableArticle, archiveUrl: string, mentions: readonly LdRef[]): object {
  const authors = article.author ? parseByline(article.author) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title ?? article.displayTitle,
    url: archiveUrl,
    ...(article.url ? { isBasedOn: article.url } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(authors.length ? { author: authors.map((a) => ({ '@type': a.literal ? 'Organization' : 'Person', name: a.literal ?? `${a.given} ${a.family}` })) } : {}),
    ...(article.publication ? { publisher: { '@type': 'Organization', name: article.publication } } : {}),
    ...(mentions.length ? { mentions: mentions.map(ref) } : {}),
  };
}

/** schema.org Person or Organization for an entity page. */
export function entityLd(input: {
  type: 'Person' | 'Organization';
  name: string;
  url: string;
  aliases: readonly string[];
  /** Role titles (people only). */
  jobTitles?: readonly string[];
  /** Organisations a person has a role at, or people with a role at an organisation. */
  related?: readonly LdRef[];
  /** Articles that mention the entity. */
  subjectOf?: readonly { headline: string; url: string }[];
}): object {
  const related = input.related ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    name: input.name,
    url: input.url,
    ...(input.aliases.length ? { alternateName: [...input.aliases] } : {}),
    ...(input.jobTitles?.length ? { jobTitle: [...input.jobTitles] } : {}),
    ...(related.length ? { [input.type === 'Person' ? 'affiliation' : 'member']: related.map(ref) } : {}),
    ...(input.subjectOf?.length ? { subjectOf: input.subjectOf.map((s) => ({ '@type': 'NewsArticle', headline: s.headline, url: s.url })) } : {}),
  };
}

/** schema.org WebPage (or CollectionPage for index pages) for other pages. */
export function webPageLd(title: string, url: string, type: 'WebPage' | 'CollectionPage' = 'WebPage'): object {
  return { '@context': 'https://schema.org', '@type': type, name: title, url };
}
