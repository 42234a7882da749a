import { phraseAt, phrasesAt } from "../gazetteer/phrases.js";
import { ORG_CUES } from "../gazetteer/words.js";
import { HONORIFICS } from "../../lexicon/titles.js";
import { countryKey } from "../keys.js";
import { spaceAfter, type Token } from "../tokens.js";
import { range } from "../typing/shape.js";
import { spanAffiliation } from "./affiliation.js";

/** A title that stands before a run ("spokeswoman Karine Jean-Pierre") or was left by the previous run. */
export interface RoleContext {
  role?: string;
  affiliation?: string;
  /** The title was left by an earlier run across "of/to/for": what follows may be its complement, not a name. */
  bridged?: boolean;
  /** A lower-case noun before the run says it names an organization ("the magazine …"). */
  orgCue?: boolean;
  /** A lower-case title and a name follow the run: it is their owner ("Acme analyst Jane Doe"). */
  owner?: boolean;
}

// "the chipmaker X", "automaker X", "the drugmaker's": a maker of something is a company.
const COMPANY_NOUN = /^[a-z]{2,}-?makers?$/;

/** The lower-case role just before a run, and what it is attached to: "NATO chief Jens Stoltenberg". */
export function precedingRole(tokens: Token[], first: number): RoleContext {
  const cue = tokens[first - 1];
  if (cue && !cue.cap && (ORG_CUES.has(cue.norm) || ORG_CUES.has(cue.norm.replace(/(?:ie)?s$/, (m) => (m === "ies" ? "y" : ""))) || COMPANY_NOUN.test(cue.norm)) && spaceAfter(cue) && cue.sentence === tokens[first]!.sentence) return { orgCue: true };
  for (let k = Math.max(0, first - 4); k < first; k++) {
    const m = phraseAt(tokens, k, ["role"]);
    if (!m || m.end !== first || tokens[k]!.cap || tokens[k]!.sentence !== tokens[first]!.sentence) continue;
    if (range(k, first - 1).some((j) => !spaceAfter(tokens[j]!))) continue;
    const context: RoleContext = HONORIFICS.has(m.value.role) ? { role: "" } : { role: m.value.role };
    const owner = affiliationBefore(tokens, k);
    if (owner) context.affiliation = owner;
    return context;
  }
  return {};
}

/** A country, demonym or organization that ends just before token i ("Britain's", "Russian", "NATO"). */
export function affiliationBefore(tokens: Token[], i: number): string | undefined {
  for (let k = Math.max(0, i - 5); k < i; k++) {
    for (const m of phrasesAt(tokens, k)) {
      if (m.end !== i || m.value.kind === "role") continue;
      if (m.value.kind === "org") return spanAffiliation(tokens, { first: k, last: i - 1, type: "organization", org: m.value.org, strong: true, rule: "gazetteer.org" });
      return countryKey(m.value.code);
    }
  }
  return undefined;
}
