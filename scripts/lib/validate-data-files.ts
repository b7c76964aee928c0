/**
 * Validates every data file against the shared schemas before anything is written.
 */
import type { z } from 'astro/zod';
import { ArticlesFileSchema } from '../../src/schemas/article.ts';
import {
  DatesFileSchema,
  FiguresFileSchema,
  OrganisationsFileSchema,
  PeopleFileSchema,
  PermalinksFileSchema,
  QuotesFileSchema,
} from '../../src/schemas/entities.ts';
import { formatIssues } from './format-issues.ts';

const SCHEMAS = {
  articles: ArticlesFileSchema,
  people: PeopleFileSchema,
  organisations: OrganisationsFileSchema,
  dates: DatesFileSchema,
  quotes: QuotesFileSchema,
  figures: FiguresFileSchema,
  permalinks: PermalinksFileSchema,
} satisfies Record<string, z.ZodType>;

export type DataFileName = keyof typeof SCHEMAS;

/**
 * @returns file name (`people.json`) -> serialised JSON, in a stable format
 * @throws an Error listing the failing fields: invalid data is a bug, never written
 */
export function validateDataFiles(data: Record<DataFileName, unknown>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMAS) as [DataFileName, z.ZodType][]) {
    const parsed = schema.safeParse(data[name]);
    if (!parsed.success) throw new Error(formatIssues(`data/${name}.json`, parsed.error.issues));
    files.set(`${name}.json`, `${JSON.stringify(parsed.data, null, 1)}\n`);
  }
  return files;
}
