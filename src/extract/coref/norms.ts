import { NAME_PARTICLES } from "../gazetteer/words.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";

// Names compared as sequences of normalised words.

export function normOf(tokens: Token[], span: Span): string {
  return tokens.slice(span.first, span.last + 1).map((t) => t.norm).join(" ");
}

/** A name's words without its particles ("van", "de"): "Van der Berg" and "Marta van der Berg" end alike. */
export function nameNorms(tokens: Token[], span: Span): string[] {
  return tokens.slice(span.first, span.last + 1).map((t) => t.norm).filter((n) => !NAME_PARTICLES.has(n));
}

export function contains(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((n, k) => hay[i + k] === n)) return true;
  return false;
}

export function endsWith(hay: string[], needle: string[]): boolean {
  return needle.every((n, k) => hay[hay.length - needle.length + k] === n);
}
