import type { EntityKey, EntityType } from "../extract/types.js";

/** One real-world actor across the corpus: what every per-article entity with its key became. */
export interface CorpusEntity {
  key: EntityKey;
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
}

export interface Resolution {
  /** Sorted by key, so every consumer sees the same order. */
  entities: CorpusEntity[];
  /** Rewrites a per-article key to its corpus key; keys that were not merged map to themselves. */
  remap: (key: EntityKey) => EntityKey;
}

export interface ResolveOptions {
  /** Merge a surname-only person into the one corpus person with that last name. */
  mergeSurnames?: boolean;
}
