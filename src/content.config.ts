/**
 * Content collections: generated article MDX (articleLoader, or glob() and @astrojs/mdx
 * with `DOSSIER_ARTICLES=mdx`) and entity JSON arrays (file).
 * Schemas are shared with scripts/ through src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader.ts';
import { ArticleMetaSchema } from './schemas/article.ts';
import {
  DateEntitySchema,
  FigureSchema,
  OrganisationSchema,
  PermalinkSchema,
  PersonSchema,
  QuoteSchema,
} from './schemas/entities.ts';

// `npm run build -- --out DIR` points the site at another generated content folder.
const content = process.env.DOSSIER_CONTENT ?? './content';

export const collections = {
  articles: defineCollection({
    // The fast route renders the MDX at load time; `mdx` is the reference route, one module per article.
    loader: process.env.DOSSIER_ARTICLES === 'mdx' ? glob({ pattern: '*.mdx', base: `${content}/articles` }) : articleLoader(`${content}/articles`),
    schema: ArticleMetaSchema,
  }),
  people: defineCollection({ loader: file(`${content}/data/people.json`), schema: PersonSchema }),
  organisations: defineCollection({ loader: file(`${content}/data/organisations.json`), schema: OrganisationSchema }),
  dates: defineCollection({ loader: file(`${content}/data/dates.json`), schema: DateEntitySchema }),
  quotes: defineCollection({ loader: file(`${content}/data/quotes.json`), schema: QuoteSchema }),
  figures: defineCollection({ loader: file(`${content}/data/figures.json`), schema: FigureSchema }),
  permalinks: defineCollection({ loader: file(`${content}/data/permalinks.json`), schema: PermalinkSchema }),
};
