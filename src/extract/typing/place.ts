import { phraseAt } from "../gazetteer/phrases.js";
import { PLACE_HEADS } from "../gazetteer/words.js";
import { knownPlace } from "../known.js";
import type { Piece } from "./piece.js";

// Pieces that name a place that is no country: no mention at all.

/** "Hollis Street", "Wembley Stadium": a place's head word ends the name. */
export function placeByHead({ tokens, first, last }: Piece): boolean {
  return PLACE_HEADS.has(tokens[last]!.norm) && last > first;
}

/** "Irving, Texas": a name followed by its region or country is a place. */
export function placeBeforeRegion({ tokens, first, last }: Piece): boolean {
  const after = tokens[last + 1];
  return first === last && /^,\s+$/.test(tokens[first]!.post) && after !== undefined && (knownPlace(after.norm) || phraseAt(tokens, last + 1, ["country"]) !== null);
}

/** "New South Wales, Victoria, South Australia": a bare name listed among places is one. */
export function placeAmongPlaces({ tokens, first, last }: Piece): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return first === last && before !== undefined && /^,\s+$/.test(before.post) && knownPlace(before.norm) && after !== undefined && knownPlace(after.norm);
}
