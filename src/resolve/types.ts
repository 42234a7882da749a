import type { EntityKey, EntityType } from "../extract/types.js";
import type { RuleId } from "./rules.js";

export type { RuleId } from "./rules.js";

/** Why some per-article names became this entity, or were kept out of it. */
export interface Decision {
  rule: RuleId;
  outcome: "merged" | "kept apart";
  /**
   * Merged: the key brought in, then the key it joined. Kept apart: the key kept apart, then
   * the entities it could have joined.
   */
  keys: EntityKey[];
  /** Articles of the key brought in or kept apart (for a bare surname: the articles decided so). */
  articles: number;
  /** A few of those articles' ids. */
  examples: string[];
}

/** One real-world actor across the corpus: what every per-article entity resolved to it became. */
export interface CorpusEntity {
  key: EntityKey;
  /** The majority of its mentions' types across articles. */
  entityType: EntityType;
  /** Canonical name: the gazetteer name for a country, else the most frequent full form. */
  label: string;
  /** Every surface form seen in any article, sorted. */
  aliases: string[];
  /** How often articles point at it: named mentions plus demonym, role and pronoun references. */
  mentions: number;
  /** Named mentions only (a subset of `mentions`). */
  namedMentions: number;
  documents: number;
  /** Quotations it is the speaker of. */
  quotes: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The per-article keys resolved to it, sorted. */
  members: EntityKey[];
  /** Why they were merged, and which names were kept out of it (shown by `--explain`). */
  decisions: Decision[];
  /**
   * The extraction rules behind it, most used first: `type <rule>` for the rule that typed each
   * named mention (mentions[].rule), `speaker <rule>` for the sieve that made it a quote's speaker.
   */
  rules: Record<string, number>;
}

export interface Resolution {
  /** Sorted by key, so every consumer sees the same order. */
  entities: CorpusEntity[];
  /**
   * Rewrites a per-article key to its corpus key. A bare surname can go to a different person in
   * each article: pass the article's id to get its own answer (without, the corpus-wide one).
   * Corpus keys map to themselves.
   */
  remap: (key: EntityKey, article?: string) => EntityKey;
}

export interface ResolveOptions {
  /** Attach bare surnames ("Smith said") to a full-named person of the corpus (rules surname-*). */
  mergeSurnames?: boolean;
  /** Share of the named mentions among same-surname people above which the top one takes an undecided bare surname. */
  dominantShare?: number;
  /** Surname or initials blocks larger than this compare exact forms only (the pairwise check is quadratic in the block). */
  maxBlock?: number;
}
