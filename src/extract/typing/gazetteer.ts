import { phraseAt, phrasesAt, type PhraseMatch } from "../gazetteer/phrases.js";
import { COMPASS } from "../gazetteer/words.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { Piece } from "./piece.js";
import { range } from "./shape.js";

// Spans the gazetteers decide: countries, their capitals and demonyms, listed organizations (rules gazetteer.*).

/** The span a gazetteer phrase at token `first` gives: a country, a listed body, a capital or a demonym (left for the document pass). */
export function pushPhrase(tokens: Token[], m: PhraseMatch, first: number, out: Span[]): void {
  const last = m.end - 1;
  const v = m.value;
  if (v.kind === "country") out.push({ first, last, type: "country", code: v.code, strong: true, rule: "gazetteer.country" });
  else if (v.kind === "org") {
    out.push({ first, last, type: "organization", org: v.org, strong: true, rule: "gazetteer.org" });
    nestedPlaces(tokens, first, last, out);
  }
  else if (v.kind === "capital") out.push({ first, last, type: null, code: v.code, capital: true, strong: false, rule: "gazetteer.capital" });
  else if (v.kind === "demonym") out.push({ first, last, type: null, code: v.code, demonym: true, strong: false, rule: "gazetteer.demonym" });
}

/** Countries and demonyms named inside an organization's name. */
export function nestedPlaces(tokens: Token[], first: number, last: number, out: Span[]): void {
  for (let k = first; k <= last; k++) {
    const m = phraseAt(tokens, k, ["country", "demonym"]);
    if (!m || m.end > last + 1 || (k === first && m.end === last + 1)) continue;
    const span: Span =
      m.value.kind === "country"
        ? { first: k, last: m.end - 1, type: "country", code: m.value.code, nested: true, strong: true, rule: "gazetteer.nested-country" }
        : { first: k, last: m.end - 1, type: null, code: m.value.code, demonym: true, nested: true, strong: false, rule: "gazetteer.nested-demonym" };
    out.push(span);
    k = m.end - 1;
  }
}

/** The whole piece is one gazetteer phrase (not a title); a capital after a title is left to the name rules ("Ambassador … Lima"). */
export function wholePhrase({ tokens, first, last, out, context }: Piece): boolean {
  const whole = phrasesAt(tokens, first).find((m) => m.end === last + 1 && m.value.kind !== "role");
  if (!whole || (context.role && whole.value.kind === "capital")) return false;
  pushPhrase(tokens, whole, first, out);
  return true;
}

/** "Peru Chile", "Russian-Ukrainian": every word is a country or demonym of its own. */
export function everyWordAPlace({ tokens, first, last, out }: Piece): boolean {
  if (!range(first, last).every((k) => phraseAt(tokens, k, ["demonym", "country"])?.end === k + 1)) return false;
  for (let k = first; k <= last; k++) pushPhrase(tokens, phraseAt(tokens, k, ["demonym", "country"])!, k, out);
  return true;
}

/** A longer run that is no single name: keep the countries and organizations it contains, not one after a compass word ("South Georgia" is no Georgia). */
export function containedPhrases({ tokens, first, last, out }: Piece): void {
  for (let k = first; k <= last; k++) {
    const m = phraseAt(tokens, k, ["country", "org"]);
    if (m && m.end <= last + 1 && !(k > first && COMPASS.has(tokens[k - 1]!.norm))) {
      pushPhrase(tokens, m, k, out);
      k = m.end - 1;
    }
  }
}
