import { phraseAt } from "../gazetteer/phrases.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { LineCase } from "./lines.js";
import type { Tagged } from "./types.js";

/**
 * How sure the tagger must be (mean margin per token, in weight units) before it overrides a
 * rule's type, types what the rules left open, or adds a name the rules missed. Chosen on the
 * GUM training folds and dev articles, never on the held-out news.
 */
export const THRESHOLDS = { retype: 2, type: 1, add: 2, addInHeadline: 6 };

const norms = (tokens: Token[], s: { first: number; last: number }): string => {
  let out = tokens[s.first]!.norm;
  for (let k = s.first + 1; k <= s.last; k++) out += " " + tokens[k]!.norm;
  return out;
};

/**
 * The one place where the rules' spans and the tagger's meet. The rules keep what they know
 * (gazetteers, titles, roles, capitals, demonyms); the model retypes a name the rules typed on
 * shape alone, types names the rules left open, and adds names they missed. A name in a
 * Title Case or ALL CAPS line counts only when a gazetteer, the body or the model confirms it.
 */
export function combine(tokens: Token[], rules: readonly Span[], tagged: readonly Tagged[], cases: readonly LineCase[]): Span[] {
  const byBounds = new Map<string, Tagged>();
  for (const t of tagged) byBounds.set(`${t.first}:${t.last}`, t);
  const covered = new Uint8Array(tokens.length);
  const inBody = new Set<string>();
  const headline = (s: { first: number }) => (cases[tokens[s.first]!.sentence] ?? "plain") !== "plain";
  for (const s of rules) {
    for (let k = s.first; k <= s.last; k++) covered[k] = 1;
    if (!headline(s)) inBody.add(norms(tokens, s));
  }
  for (const t of tagged) if (!headline(t)) inBody.add(norms(tokens, t));

  const out: Span[] = [];
  for (const s of rules) {
    const model = byBounds.get(`${s.first}:${s.last}`);
    const agrees = model !== undefined && (model.type === s.type || (model.type === "place" && (s.code !== undefined || s.type === null)));
    if (headline(s) && !s.code && !s.org && !agrees && !inBody.has(norms(tokens, s))) continue;
    if (model && model.type !== "place" && !s.role && !s.org && !s.code && !s.nested) {
      if ((s.type === "person" || s.type === "organization") && model.type !== s.type && model.score >= THRESHOLDS.retype) {
        out.push({ ...s, type: model.type, strong: true, rule: "model.retype", score: model.score });
        continue;
      }
      if (s.type === null && !s.common && !s.head && model.score >= THRESHOLDS.type) {
        out.push({ ...s, type: model.type, strong: true, rule: "model.type", score: model.score });
        continue;
      }
    }
    out.push(s);
  }
  for (const t of tagged) {
    let free = true;
    for (let k = t.first; k <= t.last && free; k++) if (covered[k]) free = false;
    if (!free || !tokens[t.first]!.cap) continue;
    const needed = headline(t) && !inBody.has(norms(tokens, t)) ? THRESHOLDS.addInHeadline : THRESHOLDS.add;
    if (t.score < needed) continue;
    if (t.type === "place") {
      const country = phraseAt(tokens, t.first, ["country"]);
      if (country && country.end === t.last + 1) out.push({ first: t.first, last: t.last, type: "country", code: country.value.code, strong: true, rule: "model.country", score: t.score });
      continue;
    }
    out.push({ first: t.first, last: t.last, type: t.type, strong: true, rule: "model.tagger", score: t.score });
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** The tagger alone (for the ablation): its persons and organizations, and its places that are countries. */
export function modelOnly(tokens: Token[], tagged: readonly Tagged[]): Span[] {
  const out: Span[] = [];
  for (const t of tagged) {
    if (t.type !== "place") {
      out.push({ first: t.first, last: t.last, type: t.type, strong: true, rule: "model.tagger", score: t.score });
      continue;
    }
    const country = phraseAt(tokens, t.first, ["country"]);
    if (country && country.end === t.last + 1) out.push({ first: t.first, last: t.last, type: "country", code: country.value.code, strong: true, rule: "model.country", score: t.score });
  }
  return out;
}
