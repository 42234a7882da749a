import type { Article } from "../ingest/types.js";

export type EntityType = "person" | "country" | "organization";

/**
 * Keys are graph node keys: `person:vladimir-putin`, `country:RU` (ISO 3166 alpha-2),
 * `organization:nato`. The extractor assigns them per article; resolve merges across articles.
 */
export type EntityKey = string;

/** A named mention: a proper name in the text (including a capital used for its state). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entityType: EntityType;
  entity: EntityKey;
  /** Index into DocExtraction.sentences. */
  sentence: number;
  /**
   * Which rule or model decision gave the mention its type ("org.shape", "gazetteer.country",
   * "coref.surname", "model.retype"…): the answer to "why was X typed as an organization?".
   */
  rule?: string;
}

/**
 * A reference that is not a name but still points at an entity: a demonym ("Russian troops"),
 * a role ("the Russian leader"), a pronoun in a quote attribution. It links the entity into
 * its sentence's co-occurrences but is not listed as a named mention.
 */
export interface Reference {
  start: number;
  end: number;
  text: string;
  entity: EntityKey;
  via: "demonym" | "role" | "pronoun";
  sentence: number;
}

/** A stretch of the article text, by character offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Quote {
  /**
   * Span of the quoted words, marks included. A quote that runs over several paragraphs is one
   * span; so is one interrupted by its own attribution (`"First part," she said, "second part."`).
   */
  start: number;
  end: number;
  /** The quoted words without marks; the parts of an interrupted quote joined by a space. */
  text: string;
  /**
   * `quote`: words someone said or wrote. `phrase`: quoted words nobody is said to utter — a
   * title, a nickname, scare quotes, a handle; a phrase has no speaker and makes no quote edge.
   */
  kind: "quote" | "phrase";
  /** The quoted parts, marks included, in text order: two or more when the attribution interrupts the quote. */
  segments: TextSpan[];
  speaker: EntityKey | null;
  /** The words that name the speaker where the attribution names one ("a spokeswoman for Acme", "he"), even when no entity is found. */
  speakerText: string | null;
  /** Id of the sieve that decided the speaker (src/extract/quotes/README.md lists them), null when none did. */
  speakerRule: string | null;
  /** The cue that attributes it ("said", "told", "according to"…), null when none was found. */
  cue: string | null;
  /** Where the cue stands in the text. */
  cueSpan: TextSpan | null;
  /** For a partial quote, the reported clause holding it (`says [the plan is "dead on arrival"]`); null for a whole quote. */
  content: TextSpan | null;
  /** The attributing clause (`Jane Roe, a spokeswoman for Acme, said`), null when the speaker comes from context only. */
  attribution: TextSpan | null;
  /** Entities named inside the quoted words. */
  about: EntityKey[];
  /** The outlet or person who reported the quote ("was quoted as saying by RIA Novosti"). */
  reportedBy: EntityKey | null;
  /** Index of the sentence where the quote starts. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One entity as this article names it. */
export interface DocEntity {
  key: EntityKey;
  entityType: EntityType;
  /** The fullest name the article uses ("Vladimir Putin", not "Putin"). */
  label: string;
  /** Every surface form the article uses for it, titles and possessives stripped. */
  aliases: string[];
  /** Roles the article gives a person ("president", "foreign minister"), lower case. */
  roles: string[];
  /** The country a person or body is attached to ("German Chancellor Olaf Scholz" → country:DE). */
  affiliation: EntityKey | null;
}

/** Everything the reduce needs from one article: a pure function of the article. */
export interface DocExtraction {
  id: Article["id"];
  title: Article["title"];
  date: Article["date"];
  source: Article["source"];
  url: Article["url"];
  mentions: Mention[];
  references: Reference[];
  quotes: Quote[];
  entities: DocEntity[];
  sentences: Sentence[];
  /** Present when the article named more entities than one article may bring (src/extract/cap.ts): how many it named, how many it kept. */
  truncated?: { entities: number; kept: number };
}
