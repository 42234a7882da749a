/**
 * The scorer: pure functions from gold documents and one system's predictions to counts and
 * rates. Nothing here knows which system made the predictions.
 */
import type { GoldDoc, GoldMention, PredMention, Prediction, ScoredType, Span } from "./types.js";
import { SCORED_TYPES } from "./types.js";

export type MatchMode = "exact" | "overlap";

export interface PRF {
  tp: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanError {
  doc: string;
  start: number;
  end: number;
  text: string;
  /** The surrounding text, to judge the error without opening the article. */
  context: string;
  /** An overlapping span of the same type on the other side: a boundary error rather than a miss. */
  near: string | null;
}

export interface TypeScore {
  exact: PRF;
  overlap: PRF;
  /** Errors under exact matching. */
  falsePositives: SpanError[];
  falseNegatives: SpanError[];
}

export interface ResolutionScore {
  articles: number;
  /** Extra predicted keys carrying the mentions of one gold identity. */
  splits: number;
  /** Extra gold identities joined under one predicted key. */
  merges: number;
  perArticle: number;
  byArticle: Record<string, { splits: number; merges: number }>;
  details: { doc: string; kind: "split" | "merge"; what: string; into: string[] }[];
}

export interface Options {
  types: readonly ScoredType[];
  /** Characters of context either side of a listed error. */
  context: number;
}

export const DEFAULTS: Options = { types: SCORED_TYPES, context: 40 };

export function prf(tp: number, gold: number, predicted: number): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, gold, predicted, precision, recall, f1 };
}

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one pairs [goldIndex, predIndex]. Overlap pairs are taken largest overlap first, so a
 * long prediction covering two gold names counts for one of them only.
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[], mode: MatchMode): [number, number][] {
  const candidates: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const size = overlap(g, p);
      const ok = mode === "exact" ? g.start === p.start && g.end === p.end : size > 0;
      if (ok) candidates.push({ g: gi, p: pi, size });
    }),
  );
  candidates.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function byDoc(docs: readonly GoldDoc[], preds: readonly Prediction[]): [GoldDoc, Prediction][] {
  const index = new Map(preds.map((p) => [p.id, p]));
  return docs.map((d) => {
    const p = index.get(d.id);
    if (!p) throw new Error(`newsgraph/eval: no prediction for article ${d.id}`);
    return [d, p];
  });
}

function spanError(doc: GoldDoc, s: Span, near: Span | undefined, width: number): SpanError {
  const context = (
    doc.text.slice(Math.max(0, s.start - width), s.start) +
    "[" +
    doc.text.slice(s.start, s.end) +
    "]" +
    doc.text.slice(s.end, s.end + width)
  ).replace(/\s+/g, " ");
  return {
    doc: doc.id,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    context,
    near: near ? doc.text.slice(near.start, near.end) : null,
  };
}

export function scoreMentions(
  docs: readonly GoldDoc[],
  preds: readonly Prediction[],
  options: Partial<Options> = {},
): Record<ScoredType, TypeScore> {
  const { types, context } = { ...DEFAULTS, ...options };
  const out = {} as Record<ScoredType, TypeScore>;
  for (const type of types) {
    let gold = 0;
    let predicted = 0;
    let exactTp = 0;
    let overlapTp = 0;
    const falsePositives: SpanError[] = [];
    const falseNegatives: SpanError[] = [];
    for (const [doc, pred] of byDoc(docs, preds)) {
      const g = doc.mentions.filter((m) => m.type === type);
      const p = pred.mentions.filter((m) => m.type === type);
      gold += g.length;
      predicted += p.length;
      const exact = matchSpans(g, p, "exact");
      exactTp += exact.length;
      overlapTp += matchSpans(g, p, "overlap").length;
      const hitG = new Set(exact.map(([gi]) => gi));
      const hitP = new Set(exact.map(([, pi]) => pi));
      p.forEach((m, i) => {
        if (!hitP.has(i)) falsePositives.push(spanError(doc, m, g.find((o) => overlap(o, m) > 0), context));
      });
      g.forEach((m, i) => {
        if (!hitG.has(i)) falseNegatives.push(spanError(doc, m, p.find((o) => overlap(o, m) > 0), context));
      });
    }
    out[type] = {
      exact: prf(exactTp, gold, predicted),
      overlap: prf(overlapTp, gold, predicted),
      falsePositives,
      falseNegatives,
    };
  }
  return out;
}

/**
 * Splits and merges over the mentions a system found (overlap-matched, same type): a missed
 * mention is a recall error, not a resolution error.
 */
export function scoreResolution(
  docs: readonly GoldDoc[],
  preds: readonly Prediction[],
  options: Partial<Options> = {},
): ResolutionScore {
  const { types } = { ...DEFAULTS, ...options };
  let splits = 0;
  let merges = 0;
  const details: ResolutionScore["details"] = [];
  const byArticle: ResolutionScore["byArticle"] = {};
  for (const [doc, pred] of byDoc(docs, preds)) {
    const here = { splits: 0, merges: 0 };
    byArticle[doc.id] = here;
    const keysOf = new Map<string, Set<string>>();
    const idsOf = new Map<string, Set<string>>();
    for (const type of types) {
      const g: GoldMention[] = doc.mentions.filter((m) => m.type === type);
      const p: PredMention[] = pred.mentions.filter((m) => m.type === type);
      for (const [gi, pi] of matchSpans(g, p, "overlap")) {
        const id = g[gi]!.identity;
        const key = p[pi]!.key;
        if (!keysOf.has(id)) keysOf.set(id, new Set());
        keysOf.get(id)!.add(key);
        if (!idsOf.has(key)) idsOf.set(key, new Set());
        idsOf.get(key)!.add(id);
      }
    }
    for (const [id, keys] of keysOf) {
      if (keys.size < 2) continue;
      here.splits += keys.size - 1;
      details.push({ doc: doc.id, kind: "split", what: id, into: [...keys].sort() });
    }
    for (const [key, ids] of idsOf) {
      if (ids.size < 2) continue;
      here.merges += ids.size - 1;
      details.push({ doc: doc.id, kind: "merge", what: key, into: [...ids].sort() });
    }
    splits += here.splits;
    merges += here.merges;
  }
  return { articles: docs.length, splits, merges, perArticle: (splits + merges) / docs.length, byArticle, details };
}

/** Quote detection against gold quote spans, overlap-based. Where the gold marks only some quotes, precision is a lower bound. */
export function scoreQuotes(docs: readonly GoldDoc[], preds: readonly Prediction[]): PRF {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  for (const [doc, pred] of byDoc(docs, preds)) {
    gold += doc.quotes.length;
    predicted += pred.quotes.length;
    tp += matchSpans(doc.quotes, pred.quotes, "overlap").length;
  }
  return prf(tp, gold, predicted);
}
