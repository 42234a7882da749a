import { phraseAt } from "./gazetteer/phrases.js";
import { LEADER_ROLES } from "../lexicon/titles.js";
import type { Keyed } from "./coref/index.js";
import type { Token } from "./tokens.js";
import { countryKey } from "./keys.js";
import { COUNTRIES } from "./gazetteer/countries.js";

export interface RoleReference {
  first: number;
  last: number;
  key: string;
}

export interface PersonFacts {
  roles: Set<string>;
  affiliation: string | null;
  /** Token index of the first mention. */
  first: number;
}

/**
 * "the Russian leader", "the German chancellor", "the president": a role phrase points at the
 * person the article introduced with that role (and state). A leader whose state the article
 * never gave takes it from such a phrase when no one else fits.
 */
export function roleReferences(tokens: Token[], persons: Map<string, PersonFacts>, mentions: Keyed[]): RoleReference[] {
  const refs: RoleReference[] = [];
  const inside = new Set<number>();
  for (const m of mentions) for (let k = m.span.first; k <= m.span.last; k++) inside.add(k);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.norm !== "the" || inside.has(i + 1)) continue;
    let k = i + 1;
    let code: string | undefined;
    const adj = COUNTRIES.demonyms.get(tokens[k]!.norm) ?? (tokens[k]!.possessive ? COUNTRIES.names.get(tokens[k]!.norm) : undefined);
    if (adj && tokens[k]!.cap) {
      code = adj;
      k++;
    }
    const role = tokens[k] && !tokens[k]!.cap ? phraseAt(tokens, k, ["role"]) : null;
    if (!role || role.value.role === "") continue;
    const wanted = role.value.role;
    const country = code ? countryKey(code) : null;
    const before = [...persons].filter(([, p]) => p.first < i);
    const fits = (p: PersonFacts, loose: boolean): boolean =>
      [...p.roles].some((r) => r === wanted || (wanted === "leader" && LEADER_ROLES.has(r))) &&
      (country === null || p.affiliation === country || (loose && p.affiliation === null));
    let found = before.filter(([, p]) => fits(p, false));
    if (!found.length && country) found = before.filter(([, p]) => fits(p, true));
    if (found.length !== 1) continue;
    const [key, facts] = found[0]!;
    if (country && facts.affiliation === null) facts.affiliation = country;
    refs.push({ first: i + 1, last: role.end - 1, key });
  }
  return refs;
}
