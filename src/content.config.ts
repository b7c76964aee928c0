import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleMetaSchema } from './schemas/article.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),

});

export const collections = { articles };
