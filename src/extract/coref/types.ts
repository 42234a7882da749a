import type { Span } from "../spans.js";
import type { EntityType } from "../types.js";

/** A span with its entity decided. */
export interface Keyed {
  span: Span;
  type: EntityType;
  key: string;
  /** The name as the article writes it, title and possessive excluded. */
  surface: string;
  /** Canonical label when the key has one (gazetteer entries, countries, generic bodies). */
  label?: string;
  /** For an organization: the state it belongs to. */
  affiliation?: string;
}

export interface DocSpans {
  mentions: Keyed[];
  /** Demonyms, keyed to their country. */
  demonyms: { span: Span; key: string }[];
}
