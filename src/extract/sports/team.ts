import type { Keyed } from "../coref/types.js";
import { LOCATIVES } from "../gazetteer/words.js";
import { entityKey } from "../keys.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";

// In a sports report a country's name, or its people, stands for its team (rule coref.sports-team).

/** "putting the Belgians in the lead": a plural demonym after "the". */
export function peopleAsTeam(tokens: Token[], span: Span, surface: string): boolean {
  return span.demonym === true && tokens[span.first - 1]?.norm === "the" && /s$/.test(surface);
}

/** "Peru beat Chile": a country's name, unless inside a body's name or after a locative ("played in Bolivia"). */
export function countryAsTeam(tokens: Token[], span: Span): boolean {
  const prev = tokens[span.first - 1];
  return !span.nested && !(prev && LOCATIVES.has(prev.norm));
}

/** The team's mention: `organization:<country>-national-team`, labelled "<Country> national team". */
export function nationalTeam(span: Span, surface: string, country: string): Keyed {
  const label = `${country} national team`;
  return { span: { ...span, rule: "coref.sports-team" }, type: "organization", key: entityKey("organization", label), surface, label };
}
