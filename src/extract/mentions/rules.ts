import { affiliationBefore, precedingRole, type RoleContext } from "../titles/context.js";
import { analyzeRun, docFacts } from "../typing/index.js";
import { phraseAt } from "../gazetteer/phrases.js";
import { HONORIFICS } from "../../lexicon/titles.js";
import { findRuns } from "../runs.js";
import type { Span } from "../spans.js";
import { spaceAfter, type Token } from "../tokens.js";
import { companyContext } from "./company.js";
import type { MentionFinder } from "./types.js";

/** The hand-written rules (runs.ts, typing/, titles/) as a mention finder: every span names the rule that typed it. */
export const rulesFinder: MentionFinder<Span> = { name: "rules", find: (tokens) => companyContext(tokens, findSpans(tokens)) };

/** Names in every run of capitalised words, a title left at the end of one run carried to the next. */
function findSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let carry: RoleContext | null = null;
  let carryEnd = -1;
  const facts = docFacts(tokens);
  for (const run of findRuns(tokens)) {
    let context = precedingRole(tokens, run.first);
    if (context.role === undefined && !context.orgCue && carry && bridged(tokens, carryEnd, run.first)) context = { ...carry, bridged: true };
    // "Britain's Foreign Secretary Liz Truss": the possessive before the run owns its title.
    if (context.affiliation === undefined && tokens[run.first - 1]?.possessive) {
      const owner = affiliationBefore(tokens, run.first);
      if (owner) context = { ...context, affiliation: owner };
    }
    if (ownsTitle(tokens, run.last)) context = { ...context, owner: true };
    const analysis = analyzeRun(tokens, run, context, facts);
    spans.push(...analysis.spans);
    carry = analysis.trailing;
    carryEnd = run.last;
  }
  return spans;
}

/** "Ambassador to Kyiv …", "Minister for the …": only a preposition (and "the") between a title and a name. */
function bridged(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || to - from < 2) return false;
  for (let k = from + 1; k < to; k++) if (!/^(?:to|of|for|the|at|in)$/.test(tokens[k]!.norm)) return false;
  for (let k = from; k < to; k++) if (!spaceAfter(tokens[k]!)) return false;
  return true;
}

/** "Acme analyst Jane Doe": a lower-case title, then a capitalised name, right after the run. */
function ownsTitle(tokens: Token[], last: number): boolean {
  const role = tokens[last + 1] && !tokens[last + 1]!.cap && spaceAfter(tokens[last]!) ? phraseAt(tokens, last + 1, ["role"]) : null;
  if (!role || HONORIFICS.has(role.value.role)) return false;
  const name = tokens[role.end];
  return name !== undefined && name.cap && name.sentence === tokens[last]!.sentence && spaceAfter(tokens[role.end - 1]!);
}
