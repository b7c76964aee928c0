/**
 * Shapes shared by the cross-article resolution modules (resolve-entities ->
 * apply-curation -> assign-ids -> build-relations).
 */
import type { ArticleExtraction, EntityKind, Segment } from '../types.ts';

/** One article as the resolver sees it: its id (slug), publication date, text and extraction. */
export interface ArticleInput {
  id: string;
  published: string | null;
  segments: Segment[];
  extraction: ArticleExtraction;
}

/** Points at one LocalEntity: `articles[article].extraction.entities[entity]`. */
export interface MemberRef {
  article: number;
  entity: number;
}

/** A role added by curation (no source article). */
export interface CuratedRole {
  title: string;
  organisation: string | null;
}

/** One cross-article entity: the local entities that name it, plus curation overrides. */
export interface Cluster {
  kind: EntityKind;
  members: MemberRef[];
  /** Canonical name set by curation (a merge's first name or a rename), else null: computed from members. */
  name: string | null;
  /** True when curation renamed it: its old ids redirect instead of being kept. */
  renamed: boolean;
  roles: CuratedRole[];
}

/** A cluster with its names worked out. */
export interface EntityDescription {
  kind: EntityKind;
  name: string;
  /** Every other surface form (local names, mention texts, acronyms), unique, sorted. */
  aliases: string[];
  acronym: string | null;
  /** Earliest mention: article id, paragraph, offset (article id `\uffff` when none). */
  first: [string, number, number];
  /** Ids of the articles it is mentioned in, sorted, unique. */
  articles: string[];
}
