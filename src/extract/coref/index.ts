import { countryKey } from "../keys.js";
import type { Span } from "../spans.js";
import { isSportsReport } from "../sports/report.js";
import type { Token } from "../tokens.js";
import { decide } from "./decide.js";
import { mergeOrganizations } from "./merge.js";
import { personNames } from "./persons.js";
import type { DocSpans, Keyed } from "./types.js";
import { typeFromArticle } from "./untyped.js";

export type { DocSpans, Keyed } from "./types.js";

/**
 * Decide every span's entity for the whole article: one key per person (a surname or part of a
 * name joins the full name it belongs to), countries by ISO code, capitals as their state only
 * when they act, organizations by canonical name.
 */
export function resolveDocument(tokens: Token[], spans: Span[], sportsTeams: boolean, sportsCues: number): DocSpans {
  const persons = personNames(tokens, spans);
  const sports = sportsTeams && isSportsReport(tokens, sportsCues);
  const mentions: Keyed[] = [];
  const demonyms: { span: Span; key: string }[] = [];
  const surfaceTypes = new Map<string, Keyed>();
  const pending: Span[] = [];
  for (const span of spans) {
    if (span.demonym && !(sports && decide(tokens, span, persons, sports))) {
      demonyms.push({ span, key: countryKey(span.code!) });
      continue;
    }
    const keyed = decide(tokens, span, persons, sports);
    if (keyed) {
      mentions.push(keyed);
      if (span.strong && !surfaceTypes.has(keyed.surface)) surfaceTypes.set(keyed.surface, keyed);
    } else if (span.type === null && !span.capital) pending.push(span);
  }
  typeFromArticle(tokens, pending, mentions, surfaceTypes);
  mergeOrganizations(tokens, mentions);
  return { mentions, demonyms };
}
