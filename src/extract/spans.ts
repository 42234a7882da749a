import type { OrgEntry } from "./gazetteer/organizations.js";
import type { EntityType } from "./types.js";
import type { Token } from "./tokens.js";

/**
 * A piece of a run after analysis, in token indices (inclusive). `type` null: a name whose type
 * the run alone cannot tell; the document pass decides (surname of a known person, capital
 * used for its state) or drops it.
 */
export interface Span {
  first: number;
  last: number;
  type: EntityType | null;
  /** ISO alpha-2 for countries, capitals and demonyms. */
  code?: string;
  org?: OrgEntry;
  /** A capital city: a country mention only when it acts ("Moscow said"). */
  capital?: boolean;
  /** A demonym or a country adjective: a reference, not a mention. */
  demonym?: boolean;
  /** Inside an organization's name ("U.S." in "U.S. Department of Energy"). */
  nested?: boolean;
  role?: string;
  /** Key of the state or body the name is attached to ("German Chancellor" → country:DE). */
  affiliation?: string;
  /** An organization's head word standing alone ("the Court"): the body named before, or a body of that name. */
  head?: boolean;
  /** An ordinary English word: a name only as the surname of someone the article names in full. */
  common?: boolean;
  /** How sure the type is: a title, gazetteer or shape says so, or only compromise's guess. */
  strong: boolean;
  /** Which rule (or model decision) typed the span: kept as `mentions[].rule` to answer "why this type?". */
  rule: string;
  /** For a span the tagger decided: its margin (see mentions/types.ts). */
  score?: number;
}

/** The text of tokens first..last as written, runs of white space as one space (offsets come from the tokens, so the words are exact). */
export function spanText(tokens: Token[], first: number, last: number): string {
  let s = tokens[first]!.word;
  for (let k = first + 1; k <= last; k++) s += tokens[k - 1]!.post.replace(/\s+/g, " ") + tokens[k]!.word;
  return s;
}
