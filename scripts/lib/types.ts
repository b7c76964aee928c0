/**
 * Internal data shapes that flow between the pipeline's pure modules:
 * parse-article -> (segments) -> extract-* -> resolve-entities -> data files.
 * Public (on-disk) shapes live in `src/schemas/`.
 */

/** Kinds of numbered text blocks in an article. Only `body` counts as running article text. */
export type SegmentKind = 'header' | 'standfirst' | 'body' | 'caption' | 'comment-meta' | 'comment';

/**
 * One numbered block of plain text (links flattened to their text).
 * `paragraph` is the `#p-N` anchor number, counted from 1 in document order over all kinds;
 * paragraph 0 (kind `header`) is the article's byline and date line (`By Jo Bloggs · 19 May 2014`), when it has either.
 */
export interface Segment {
  paragraph: number;
  kind: SegmentKind;
  text: string;
}

/** The text an extractor reads: an article's blocks plus what is known about it. */
export interface ArticleText {
  /** Article id (slug). */
  id: string;
  /** Headline, or null. Extractors may read it for context but never emit mentions in it. */
  title: string | null;
  segments: Segment[];
  /** Publication date (ISO, day/month/year precision) used as the reference for relative dates; null when unknown. */
  published: string | null;
  /** Byline author(s) as printed, or null. */
  author: string | null;
  /** The byline's job title as printed ("Education Editor"), when there is one. */
  authorRole?: string | null;
}

/** A span of text inside one segment. Offsets are UTF-16 indices into `Segment.text`. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
  /** Exactly `segment.text.slice(start, end)`. */
  text: string;
}

export type EntityKind = 'person' | 'organisation';

/** A person or organisation as resolved inside one article (before cross-article merging). */
export interface LocalEntity {
  kind: EntityKind;
  /** Fullest name used in this article, e.g. `Ray Jones`, `Department for Education`. */
  name: string;
  /** Acronym defined or used for it in this article, if any (organisations only). */
  acronym: string | null;
  /** Honorific/title prefix seen with the name (`Professor`, `Mr`), if any; not part of `name`. */
  honorific: string | null;
  /** Every mention, including short forms (`Jones`, `Mr Timpson`, `DfE`). */
  mentions: Span[];
  /** True when this person is the byline author. */
  byline: boolean;
}

/** A role or affiliation found in the text, linked to an entity by its local name. */
export interface LocalRole {
  /** `name` of the LocalEntity (person) this role describes. */
  person: string;
  /** Role as written, e.g. `chief executive`, `professor of social work`. */
  title: string;
  /** Organisation name as written, if any (`Children England`). */
  organisation: string | null;
  paragraph: number;
}

/** A direct quotation and its speaker. */
export interface LocalQuote {
  /** `name` of the speaking LocalEntity. */
  speaker: string;
  speakerKind: EntityKind;
  /** Paragraph where the quote opens. */
  paragraph: number;
  /** Number of paragraphs it runs over. */
  span: number;
  /** Quoted words without outer quotation marks; multi-paragraph quotes joined with a single space. */
  text: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression. `iso` is null when it cannot be resolved without guessing. */
export interface LocalDate {
  span: Span;
  iso: string | null;
  precision: DatePrecision | null;
  resolution: 'explicit' | 'relative';
}

/** A numeric claim. */
export interface LocalFigure {
  span: Span;
  kind: 'count' | 'percent' | 'money';
  value: number | null;
  /** The sentence that holds it. */
  sentence: string;
}

/** One segment's sentences: flat `[start, end, start, end, …]` offsets into its text. */
export interface SentenceBounds {
  paragraph: number;
  bounds: number[];
}

/** Everything extracted from one article: pure function of its text, cacheable by content hash. */
export interface ArticleExtraction {
  /** Sentences of every segment, for the mention contexts the resolver writes. */
  sentences: SentenceBounds[];
  entities: LocalEntity[];
  roles: LocalRole[];
  quotes: LocalQuote[];
  dates: LocalDate[];
  figures: LocalFigure[];
}
