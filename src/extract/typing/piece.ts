import type { RoleContext } from "../titles/context.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";

/** What the whole article says about words, before its runs are split. */
export interface DocFacts {
  /** Acronyms the article defines for a common phrase ("iodine deficiency disorder (IDD)"): not organizations. */
  plainAcronyms: Set<string>;
}

/**
 * The piece of a run a typing rule looks at (tokens first..last, inclusive), what stands before
 * it, and where the spans it decides go. A rule returns true when it has decided the piece.
 */
export interface Piece {
  tokens: Token[];
  first: number;
  last: number;
  out: Span[];
  context: RoleContext;
  facts: DocFacts;
}
