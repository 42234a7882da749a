import type { Token } from "../tokens.js";
import type { EntityType } from "../types.js";

/**
 * What every mention finder gives back: a typed span of tokens (inclusive indices) and the
 * evidence for it — the id of the rule (or model) that decided the type, and for a model how
 * sure it is (margin of its best tag over the next one, in weight units).
 */
export interface Found {
  first: number;
  last: number;
  type: EntityType | null;
  rule: string;
  score?: number;
}

/** A mention finder: the article's tokens in, typed spans with their evidence out. */
export interface MentionFinder<T extends Found = Found> {
  readonly name: string;
  find(tokens: Token[]): T[];
}

/** The tagger's classes: the corpora it learns from tag places, not countries. */
export type TaggedType = "person" | "organization" | "place";

export interface Tagged {
  first: number;
  last: number;
  type: TaggedType;
  rule: string;
  score: number;
}
