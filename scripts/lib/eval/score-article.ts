/**
 * Scores one article of an ingest run against its answer key: every scorer, one result.
 */
import type { AnswerKey } from './answer-key.ts';
import { articleView } from './article-view.ts';
import { bodyText } from './body-text.ts';
import { scoreBody, type BodyCheck } from './score-body.ts';
import { scoreComments } from './score-comments.ts';
import { scoreDates } from './score-dates.ts';
import { scoreEntities, type EntityScore } from './score-entities.ts';
import { scoreMetadata, type FieldResult } from './score-metadata.ts';
import { scoreQuotes } from './score-quotes.ts';
import { scoreRoles } from './score-roles.ts';
import type { Extraction, Scored } from './types.ts';

/** Set-valued types, in report order. `quotes`, `quote-text`, `roles` and `comments` are bonus lines. */
export const SET_TYPES = ['people', 'organisations', 'dates', 'quotes', 'quote-text', 'roles', 'comments'] as const;
export type SetType = (typeof SET_TYPES)[number];

/** Everything known about one article's score. */
export interface ArticleResult {
  file: string;
  /** Article id in the run, or null when the run has no article for this file. */
  id: string | null;
  sets: Record<SetType, Scored>;
  metadata: FieldResult[];
  body: BodyCheck[];
  /** Problems that stopped part of the scoring (missing article, unparsable page). */
  problems: string[];
}

/**
 * Scores the article the key describes.
 * @param key a validated answer key
 * @param extraction the ingest run's output
 */
export function scoreArticle(key: AnswerKey, extraction: Extraction): ArticleResult {
  const view = articleView(extraction, key.file);
  const empty = { meta: null, people: [], organisations: [], dates: [], quotes: [], comments: [], mdx: null };
  const v = view ?? empty;
  const problems: string[] = [];
  if (!view) problems.push(`no article with source ${key.file} in the run`);
  else if (v.mdx === null) problems.push(`no page articles/${view.meta.id}.mdx`);
  const body = v.mdx === null ? null : bodyText(v.mdx);
  if (body && !body.ok) problems.push(`page does not parse: ${body.error}`);
  const people = scoreEntities(key.people, v.people);
  const organisations = scoreEntities(key.organisations, v.organisations);
  return {
    file: key.file,
    id: view?.meta.id ?? null,
    sets: {
      people: withoutPairs(people),
      organisations: withoutPairs(organisations),
      dates: scoreDates(key.dates, v.dates),
      quotes: scoreQuotes(key, v.quotes, 'speaker'),
      'quote-text': scoreQuotes(key, v.quotes, 'text'),
      roles: scoreRoles(people.pairs),
      comments: scoreComments(key.article.comments, v.comments),
    },
    metadata: scoreMetadata(key.article, v.meta),
    body: scoreBody(key.article, body),
    problems,
  };
}

function withoutPairs(score: EntityScore): Scored {
  const { tp, fp, fn, absorbed, misses, falsePositives } = score;
  return { tp, fp, fn, absorbed, misses, falsePositives };
}
