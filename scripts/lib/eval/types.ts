/**
 * Shapes the scorers read: the subset of the ingest's data files (`src/schemas/`)
 * that evaluation needs, so hand-made extraction JSON only has to carry these fields.
 */

/** An entity mention (subset of `MentionSchema`). */
export interface EvalMention {
  article: string;
  text: string;
}

/** A role (subset of `RoleSchema`). */
export interface EvalRole {
  title: string;
  organisationText?: string | null;
  article?: string | null;
}

/** A person or organisation (subset of `PersonSchema` / `OrganisationSchema`). */
export interface EvalEntity {
  id: string;
  name: string;
  aliases?: string[];
  roles?: EvalRole[];
  mentions: EvalMention[];
}

/** A date entity (subset of `DateEntitySchema`). */
export interface EvalDate {
  iso: string;
  mentions: EvalMention[];
}

/** A quotation (subset of `QuoteSchema`). */
export interface EvalQuote {
  speaker: string;
  speakerKind: 'person' | 'organisation';
  article: string;
  text: string;
}

/** A reader comment (subset of `CommentMetaSchema`). */
export interface EvalComment {
  author: string;
  date: string | null;
}

/** Article metadata (subset of `ArticleMetaSchema`). */
export interface EvalArticle {
  id: string;
  source: string;
  title: string | null;
  author: string | null;
  publication: string | null;
  published: string | null;
  comments?: EvalComment[];
}

/** Everything one ingest run produced, as read from its output folder. */
export interface Extraction {
  articles: EvalArticle[];
  people: EvalEntity[];
  organisations: EvalEntity[];
  dates: EvalDate[];
  quotes: EvalQuote[];
  /** MDX source of each article page, by article id. */
  bodies: Record<string, string>;
}

/** True/false positives and misses; `absorbed` counts extractions matched to optional key items. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  absorbed: number;
}

/** Counts plus the readable items behind them. */
export interface Scored extends Counts {
  /** Key items not found. */
  misses: string[];
  /** Extracted items that match nothing in the key. */
  falsePositives: string[];
}
