import { phraseAt } from "../gazetteer/phrases.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { RuleEvidence } from "./evidence.js";
import type { Tagging } from "./tagger.js";
import type { Tagged } from "./types.js";

/**
 * How sure the tagger must be (mean margin per token, in weight units) before it overrides a
 * rule's type, types what the rules left open, moves a name's edges, or adds a name the rules
 * missed. Chosen on the cross-validation folds over the GUM training articles and on the GUM
 * dev articles, never on the held-out news.
 */
const THRESHOLDS = { retype: 2, type: 1, bounds: 2, add: 1, addInHeadline: 6, place: 2, veto: 4 };

// Rules that type a name by what the text says around it, not by its shape: the model does not override them.
const CONTEXT_RULES = new Set(["org.company-context", "org.cue-noun", "org.owns-title", "org.collective", "org.head-before-person"]);

const norms = (tokens: Token[], s: { first: number; last: number }): string => {
  let out = tokens[s.first]!.norm;
  for (let k = s.first + 1; k <= s.last; k++) out += " " + tokens[k]!.norm;
  return out;
};
const key = (s: { first: number; last: number }): string => `${s.first}:${s.last}`;
const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }): boolean => a.first <= b.last && b.first <= a.last;

/**
 * The one place where the rules' spans and the tagger's meet. The rules keep what they know
 * (gazetteers, titles, roles, capitals, demonyms); the model retypes a name the rules typed on
 * shape alone, types names the rules left open, trims a descriptor the rules glued on, and adds
 * names they missed. A name in a Title Case or ALL CAPS line counts only when a gazetteer, the
 * body or the model confirms it.
 */
export function combine(tokens: Token[], evidence: RuleEvidence, tagging: Tagging): Span[] {
  const { spans: tagged, outside } = tagging;
  const { spans: rules, doc, cases } = evidence;
  const byBounds = new Map<string, Tagged>();
  for (const t of tagged) byBounds.set(key(t), t);
  const resolved = new Set<string>();
  for (const m of doc.mentions) resolved.add(key(m.span));
  const inBody = new Set<string>();
  const headline = (s: { first: number }) => (cases[tokens[s.first]!.sentence] ?? "plain") !== "plain";
  for (const s of rules) if (!headline(s) && resolved.has(key(s))) inBody.add(norms(tokens, s));
  for (const t of tagged) if (!headline(t) && t.score >= THRESHOLDS.add) inBody.add(norms(tokens, t));
  const confident = tagged.filter((t) => t.type !== "place" && t.score >= THRESHOLDS.add);

  const out: Span[] = [];
  for (const s of rules) {
    const model = byBounds.get(key(s));
    const agrees = model !== undefined && (model.type === s.type || (model.type === "place" && (s.code !== undefined || s.type === null)));
    if (headline(s) && !s.code && !s.org && !agrees && !inBody.has(norms(tokens, s))) continue;
    const shapeOnly = !s.role && !s.org && !s.code && !s.nested && !CONTEXT_RULES.has(s.rule);
    if (model && model.type !== "place" && shapeOnly) {
      if ((s.type === "person" || s.type === "organization") && model.type !== s.type && model.score >= THRESHOLDS.retype) {
        out.push({ ...s, type: model.type, strong: true, rule: "model.retype", score: model.score });
        continue;
      }
      if (s.type === null && !s.common && !s.head && model.score >= THRESHOLDS.type) {
        out.push({ ...s, type: model.type, strong: true, rule: "model.type", score: model.score });
        continue;
      }
    }
    if (shapeOnly && (s.type === "person" || s.type === "organization")) {
      // "San Francisco" read as a person by its shape: the model knows it as a place.
      if (model?.type === "place" && model.score >= THRESHOLDS.place) continue;
    }
    if (shapeOnly && s.type === "person") {
      // "Brent crude", "Evening Prayer": a capitalised phrase the model is sure names no one. (Not for
      // organizations: in news, acronyms and one-word bodies the model does not know are still bodies.)
      let sure = Infinity;
      for (let k = s.first; k <= s.last; k++) sure = Math.min(sure, outside[k]!);
      if (sure >= THRESHOLDS.veto) continue;
    }
    // A name the document pass would not keep gives way to a confident model name over it.
    if (!resolved.has(key(s)) && !s.demonym && !s.capital && confident.some((t) => overlaps(t, s))) continue;
    // "Democrat Jane Doe" read as one name: the model's shorter name of the person inside it.
    const inner = shapeOnly && s.type === "person" ? confident.find((t) => t.type === s.type && t.first > s.first && t.last === s.last && t.score >= THRESHOLDS.bounds) : undefined;
    if (inner) {
      out.push({ ...s, first: inner.first, last: inner.last, rule: "model.bounds", score: inner.score });
      continue;
    }
    out.push(s);
  }
  const taken = out.filter((s) => resolved.has(key(s)) || s.rule.startsWith("model."));
  for (const t of tagged) {
    if (!tokens[t.first]!.cap || taken.some((s) => overlaps(s, t))) continue;
    const needed = headline(t) && !inBody.has(norms(tokens, t)) ? THRESHOLDS.addInHeadline : THRESHOLDS.add;
    if (t.score < needed) continue;
    const span = fromModel(tokens, t);
    if (span) out.push(span);
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** A tagged name as a span: persons and organizations as they are; a place only when it is a country. */
function fromModel(tokens: Token[], t: Tagged): Span | null {
  // "D. C": initials alone name no one (as the rules say too).
  let letters = 0;
  for (let k = t.first; k <= t.last; k++) letters = Math.max(letters, tokens[k]!.word.replace(/[^\p{L}]/gu, "").length);
  if (letters < 2) return null;
  if (t.type !== "place") return { first: t.first, last: t.last, type: t.type, strong: true, rule: "model.tagger", score: t.score };
  const country = phraseAt(tokens, t.first, ["country"]);
  if (!country || country.end !== t.last + 1) return null;
  return { first: t.first, last: t.last, type: "country", code: country.value.code, strong: true, rule: "model.country", score: t.score };
}

/** The tagger alone (for the ablation). */
export function modelOnly(tokens: Token[], tagged: readonly Tagged[]): Span[] {
  return tagged.flatMap((t) => fromModel(tokens, t) ?? []);
}
