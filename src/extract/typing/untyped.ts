import { HOME_NATIONS, NOT_NAMES } from "../gazetteer/words.js";
import { knownPlace } from "../known.js";
import type { Piece } from "./piece.js";
import { isCommon } from "./shape.js";

// Names the run alone cannot type (rules name.*): the document pass decides them or drops them.

/** `name.home-nation`: "England", "Wales": a country of its own only on a sports page (see sports/). */
export function homeNation({ tokens, first, last, out }: Piece): boolean {
  if (first !== last || !HOME_NATIONS.has(tokens[first]!.norm)) return false;
  out.push({ first, last, type: null, strong: false, rule: "name.home-nation" });
  return true;
}

/**
 * `name.common-word`: an ordinary word, or a known place, is a name only if the article names
 * someone by it ("Gates said" after "Bill Gates"). Decides the word either way.
 */
export function commonWord({ tokens, first, last, out }: Piece): boolean {
  const t = tokens[first]!;
  if (!isCommon(t) && !knownPlace(t.norm)) return false;
  if (!NOT_NAMES.has(t.norm) && !t.upper && !knownPlace(t.norm)) out.push({ first, last, type: null, strong: false, common: true, rule: "name.common-word" });
  return true;
}

/** `name.untyped`: a bare capitalised word nothing else decided. */
export function untypedName({ first, last, out }: Piece): void {
  out.push({ first, last, type: null, strong: false, rule: "name.untyped" });
}
