/**
 * Content collections: generated article MDX (articleLoader, or glob() and @astrojs/mdx
 * with `DOSSIER_ARTICLES=mdx`) and entity JSON arrays (file), whose mentions
 * stay out of the store (src/schemas/entities.ts).
 * Schemas are shared with scripts/ through src/schemas/.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader.ts';
import { ArticleMetaSchema } from './schemas/article.ts';
import { contentDir, dataFile } from './lib/content-dir.ts';
import {
  DateEntryDataSchema,
  FigureSchema,
  OrganisationEntrySchema,
  PermalinkSchema,
  PersonEntrySchema,
  QuoteSchema,
} from './schemas/entities.ts';

const content = contentDir();

export const collections = {
  articles: defineCollection({
    // The fast route: the loader keeps each article's data and the page renders its body; `mdx` is the reference route, one module per article.
    loader: process.env.DOSSIER_ARTICLES === 'mdx' ? glob({ pattern: '*.mdx', base: `${content}/articles` }) : articleLoader(`${content}/articles`),
    schema: ArticleMetaSchema,
  }),
  people: defineCollection({ loader: file(dataFile('people')), schema: PersonEntrySchema }),
  organisations: defineCollection({ loader: file(dataFile('organisations')), schema: OrganisationEntrySchema }),
  dates: defineCollection({ loader: file(dataFile('dates')), schema: DateEntryDataSchema }),
  quotes: defineCollection({ loader: file(dataFile('quotes')), schema: QuoteSchema }),
  figures: defineCollection({ loader: file(dataFile('figures')), schema: FigureSchema }),
  permalinks: defineCollection({ loader: file(dataFile('permalinks')), schema: PermalinkSchema }),
};
