import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { COUNTRIES } from "../gazetteer/countries.js";
import { countryKey, entityKey } from "../keys.js";
import { spanText, type Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { Keyed } from "./types.js";

/** Organizations: gazetteer ones by canonical name; a generic body ("Defense Ministry") by its state too. */
export function organization(tokens: Token[], span: Span, surface: string): Keyed {
  if (span.org) {
    const label = span.org.names[0]!;
    const affiliation = span.org.country ? { affiliation: countryKey(span.org.country) } : {};
    return { span, type: "organization", key: entityKey("organization", label), surface, label, ...affiliation };
  }
  let first = span.first;
  let code: string | undefined;
  const lead = leadingCountry(tokens, span);
  if (lead) ({ code, first } = lead);
  const generic = tokens.slice(first, span.last + 1).every((t) => COMMON_WORDS.has(t.norm));
  const prev = tokens[span.first - 1];
  if (generic && !code && prev?.possessive) code = possessiveCountry(tokens, span.first - 1);
  if (generic && code) {
    const rest = spanText(tokens, first, span.last);
    const label = `${demonymOf(code)} ${rest}`;
    return { span, type: "organization", key: entityKey("organization", label), surface, label, affiliation: countryKey(code) };
  }
  const affiliation = code ? { affiliation: countryKey(code) } : {};
  return { span, type: "organization", key: entityKey("organization", surface), surface, ...affiliation };
}

function leadingCountry(tokens: Token[], span: Span): { code: string; first: number } | null {
  for (let k = span.first; k < span.last; k++) {
    const t = tokens[k]!;
    const code = COUNTRY_WORDS.get(t.norm);
    if (code) return { code, first: k + 1 };
    if (k > span.first) break;
  }
  return null;
}

function possessiveCountry(tokens: Token[], i: number): string | undefined {
  return COUNTRY_WORDS.get(tokens[i]!.norm) ?? COUNTRIES.capitals.get(tokens[i]!.norm);
}

// One-word country names and demonyms, for the state a generic body belongs to.
const COUNTRY_WORDS = new Map<string, string>([
  ...[...COUNTRIES.demonyms].filter(([k]) => !k.includes(" ")),
  ...[...COUNTRIES.names].filter(([k]) => !k.includes(" ")),
]);
const DEMONYM_OF = new Map<string, string>();
for (const [word, code] of COUNTRIES.demonyms) if (!DEMONYM_OF.has(code) && /^[a-z]/.test(word) && !word.endsWith("s")) DEMONYM_OF.set(code, word);
function demonymOf(code: string): string {
  const d = DEMONYM_OF.get(code);
  return d ? d.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : COUNTRIES.labels.get(code)!;
}
