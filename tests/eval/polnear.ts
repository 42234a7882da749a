/**
 * The PolNeAR scorer: quotation detection and speaker attribution against the attribution
 * relations of PolNeAR 1.0 (../shared/data/polnear-train-dev.jsonl; its README describes the
 * fields). Pure functions from gold articles and extractions to counts; definitions in
 * tests/eval/README.md. The texts belong to their publishers: they are read here at run time
 * and never written anywhere but the terminal.
 */
import { existsSync, readFileSync } from "node:fs";
import { keyType } from "../../src/extract/keys.js";
import type { DocExtraction } from "../../src/extract/types.js";
import { prf, type PRF } from "./score.js";
import type { Span } from "./types.js";

export interface PolnearSpan extends Span {
  text: string;
}

export interface PolnearQuote extends PolnearSpan {
  segments: [number, number][];
  kind: "direct" | "mixed" | "indirect";
  speaker: PolnearSpan | null;
  cue: PolnearSpan | null;
}

export interface PolnearDoc {
  id: string;
  split: "train" | "dev";
  publisher: string;
  title: string;
  text: string;
  quotes: PolnearQuote[];
}

/** What the scorer reads of an extraction. */
export type QuoteView = Pick<DocExtraction, "quotes" | "mentions" | "references" | "entities">;

/** The articles of one split, or null when the file is absent (a clone without ../shared). */
export function loadPolnear(file: string, split: PolnearDoc["split"]): PolnearDoc[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => {
      if (!line.trim()) return null;
      try {
        return JSON.parse(line) as PolnearDoc;
      } catch (err) {
        throw new Error(`newsgraph/eval: ${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    })
    .filter((d): d is PolnearDoc => d !== null && d.split === split);
}

/** Overlap thresholds reported: a loose one (the quote was found) and a strict one (its extent is right). */
export const THRESHOLDS = [0.3, 0.8] as const;


/** A span with marks, spaces and edge punctuation trimmed: annotators differ on whether marks belong to the quote. */
function trimmed(text: string, s: Span): Span | null {
  const inner = text.slice(s.start, s.end);
  const lead = /^[\s“”"«»„‘’',.;:]*/.exec(inner)![0].length;
  const trail = /[\s“”"«»„‘’',.;:]*$/.exec(inner.slice(lead))![0].length;
  const out = { start: s.start + lead, end: s.end - trail };
  return out.end > out.start ? out : null;
}

/** The characters a gold quote claims: its segments, marks trimmed (for a mixed quote, the paraphrase around the quoted words too). */
export function goldRegion(text: string, q: PolnearQuote): Span[] {
  return q.segments.map(([start, end]) => trimmed(text, { start, end })).filter((s): s is Span => s !== null);
}

/** A partial quote claims the reported clause it stands in, as a mixed gold quote does; a whole one its quoted parts. */
export function predRegion(text: string, q: DocExtraction["quotes"][number]): Span[] {
  const parts = q.content ? [q.content] : q.segments;
  return parts.map((s) => trimmed(text, s)).filter((s): s is Span => s !== null);
}

const size = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);

function intersection(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Intersection over union of the characters two quotes claim. */
export function overlapRatio(a: Span[], b: Span[]): number {
  const both = intersection(a, b);
  return both === 0 ? 0 : both / (size(a) + size(b) - both);
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your|who|which|that|this|these|those|one)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|another|some|one|two|three|several|many|most|both)$/i;

/** The name part of a gold speaker: up to its first apposition or modifier ("Joel Roe of Acme" → "Joel Roe"). */
const headOf = (speaker: string) => speaker.split(/,|\(|\s(?:of|for|at|from|with|who|which|in|on)\s/)[0]!.trim();

/**
 * A gold speaker is named when the head of its name part — the last word before any
 * apposition or modifier, a possessive "'s" dropped — is a proper name: capitalised, not a
 * pronoun or a determiner. "Spokeswoman Haley Morris", "the Daily News", "Roe's" are named;
 * "he", "a spokeswoman for Acme", "the Florida senator", "Roe's campaign" are not. Only named
 * speakers are scored for accuracy: the antecedent of a pronoun or a nominal is not annotated.
 */
export function isNamed(speaker: PolnearSpan | null): boolean {
  if (!speaker) return false;
  const head = headOf(speaker.text).split(/\s+/).pop()!.replace(/['’]s?$/, "");
  return /^\p{Lu}/u.test(head) && !PRONOUN.test(head) && !DETERMINER.test(head);
}

/**
 * Whether a predicted speaker key is the gold speaker: an entity mention (name or reference) of
 * the key overlaps the gold speaker's span, or one of the key's names stands as whole words in
 * the gold speaker's name part ("Morris" for person:haley-morris).
 */
export function sameSpeaker(doc: PolnearDoc, view: QuoteView, gold: PolnearSpan, key: string): boolean {
  const hits = (s: Span) => s.start < gold.end && s.end > gold.start;
  if (view.mentions.some((m) => m.entity === key && hits(m)) || view.references.some((r) => r.entity === key && hits(r))) return true;
  const entity = view.entities.find((e) => e.key === key);
  if (!entity) return false;
  const head = ` ${headOf(gold.text).replace(/[^\p{L}\p{N}&]+/gu, " ")} `;
  return [entity.label, ...entity.aliases].some((name) => {
    const words = name.replace(/[^\p{L}\p{N}&]+/gu, " ").trim();
    return words.length > 1 && head.includes(` ${words} `);
  });
}

/** missed: no quote overlaps enough; split: several do, none enough; extent: found at the loose threshold only; spurious: a quote no gold has. */
export type DetectionError = "missed" | "split" | "extent" | "spurious";
/**
 * unfound: the extractor has no mention on the gold speaker's head word, so no sieve could name it; none:
 * it was, and the quote got no speaker; wrong-person / wrong-body: a person, or an organization
 * or country, other than the gold speaker; person-for-body: a person where the gold speaker is a body.
 */
export type SpeakerError = "unfound" | "none" | "wrong-person" | "wrong-body" | "person-for-body";

export interface PolnearScore {
  articles: number;
  detection: Record<(typeof THRESHOLDS)[number], PRF>;
  /** Per gold kind: recall at the loose threshold. */
  recallByKind: Record<"direct" | "mixed", PRF>;
  speaker: {
    /** Gold quotes found (loose threshold) whose speaker is named. */
    named: number;
    correct: number;
    accuracy: number;
    /** Share of those the system gave any speaker. */
    attributed: number;
    share: number;
    /** Accuracy per sieve id (quotes[].speakerRule). */
    byRule: Record<string, { total: number; correct: number }>;
  };
  errors: { detection: Record<DetectionError, number>; speaker: Record<SpeakerError, number> };
  examples: { kind: DetectionError | SpeakerError; doc: string; context: string; detail: string }[];
}

const context = (text: string, s: Span, width = 60) =>
  (text.slice(Math.max(0, s.start - width), s.start) + "[" + text.slice(s.start, s.end) + "]" + text.slice(s.end, s.end + width)).replace(/\s+/g, " ");

/**
 * Scores extractions of PolNeAR articles. Gold: direct and mixed quotes. Predicted: quotes not
 * marked as phrases. Pairs are one-to-one, largest overlap first, kept when the overlap ratio
 * reaches the threshold. A predicted quote lying inside a gold quote already paired is neither
 * right nor wrong (PolNeAR marks one attribution where a mixed quote quotes several fragments).
 */
export function scorePolnear(docs: readonly PolnearDoc[], views: readonly QuoteView[]): PolnearScore {
  const det = Object.fromEntries(THRESHOLDS.map((t) => [t, { tp: 0, gold: 0, predicted: 0 }])) as Record<number, { tp: number; gold: number; predicted: number }>;
  const byKind = { direct: { tp: 0, gold: 0 }, mixed: { tp: 0, gold: 0 } };
  const speaker = { named: 0, correct: 0, attributed: 0, byRule: {} as Record<string, { total: number; correct: number }> };
  const detection: Record<DetectionError, number> = { missed: 0, split: 0, extent: 0, spurious: 0 };
  const speakerErrors: Record<SpeakerError, number> = { unfound: 0, none: 0, "wrong-person": 0, "wrong-body": 0, "person-for-body": 0 };
  const examples: PolnearScore["examples"] = [];

  docs.forEach((doc, d) => {
    const view = views[d]!;
    const gold = doc.quotes.filter((q) => q.kind !== "indirect");
    const goldRegions = gold.map((q) => goldRegion(doc.text, q));
    const preds = view.quotes.filter((q) => q.kind !== "phrase");
    const predRegions = preds.map((q) => predRegion(doc.text, q));
    const typeOf = (key: string) => view.entities.find((e) => e.key === key)?.entityType ?? keyType(key);

    for (const t of THRESHOLDS) {
      const pairs: { g: number; p: number; r: number }[] = [];
      goldRegions.forEach((g, gi) => predRegions.forEach((p, pi) => {
        const r = overlapRatio(g, p);
        if (r >= t) pairs.push({ g: gi, p: pi, r });
      }));
      pairs.sort((a, b) => b.r - a.r || a.g - b.g || a.p - b.p);
      const gOf = new Map<number, number>();
      const pOf = new Map<number, number>();
      for (const c of pairs) {
        if (gOf.has(c.g) || pOf.has(c.p)) continue;
        gOf.set(c.g, c.p);
        pOf.set(c.p, c.g);
      }
      // Fragments of one gold attribution beyond the one paired are not counted.
      const within = (p: Span[], q: PolnearQuote) => p.every((s) => s.start >= q.start && s.end <= q.end);
      const neutral = (pi: number) => !pOf.has(pi) && [...gOf.keys()].some((gi) => within(predRegions[pi]!, gold[gi]!));
      const counted = preds.filter((_, pi) => !neutral(pi)).length;
      det[t]!.tp += gOf.size;
      det[t]!.gold += gold.length;
      det[t]!.predicted += counted;

      if (t === THRESHOLDS[0]) {
        gold.forEach((q, gi) => {
          byKind[q.kind as "direct" | "mixed"].gold++;
          if (gOf.has(gi)) byKind[q.kind as "direct" | "mixed"].tp++;
          const region = goldRegions[gi]!;
          if (!gOf.has(gi)) {
            const touching = predRegions.filter((p) => intersection(region, p) > 0).length;
            const kind: DetectionError = touching > 1 ? "split" : "missed";
            detection[kind]++;
            examples.push({ kind, doc: doc.id, context: context(doc.text, q), detail: `${touching} predicted pieces` });
            return;
          }
          if (!isNamed(q.speaker)) return;
          const p = preds[gOf.get(gi)!]!;
          speaker.named++;
          const rule = p.speakerRule ?? "none";
          const row = (speaker.byRule[rule] ??= { total: 0, correct: 0 });
          row.total++;
          if (p.speaker) speaker.attributed++;
          if (p.speaker && sameSpeaker(doc, view, q.speaker!, p.speaker)) {
            speaker.correct++;
            row.correct++;
            return;
          }
          const goldPerson = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(headOf(q.speaker!.text)) || !/\b(?:the|The)\b/.test(q.speaker!.text);
          // Found: the extractor has a mention on the gold speaker's head word ("Ervin" of "Alderman Jason C. Ervin").
          const g = q.speaker!;
          const name = headOf(g.text);
          const head = g.start + name.length - (name.split(/\s+/).pop()?.length ?? 0);
          const found = [...view.mentions, ...view.references].some((m) => m.start < g.start + name.length && m.end > head);
          const kind: SpeakerError = !found ? "unfound" : !p.speaker ? "none" : typeOf(p.speaker) !== "person" ? "wrong-body" : goldPerson ? "wrong-person" : "person-for-body";
          speakerErrors[kind]++;
          examples.push({ kind, doc: doc.id, context: context(doc.text, q.speaker!, 80), detail: `gold ${JSON.stringify(q.speaker!.text)}, predicted ${p.speaker} by ${rule}` });
        });
        preds.forEach((p, pi) => {
          if (pOf.has(pi) || neutral(pi)) return;
          detection.spurious++;
          examples.push({ kind: "spurious", doc: doc.id, context: context(doc.text, p), detail: p.speakerRule ?? "" });
        });
      }
    }
  });

  const [loose, strict] = THRESHOLDS;
  detection.extent = det[loose]!.tp - det[strict]!.tp;
  return {
    articles: docs.length,
    detection: Object.fromEntries(THRESHOLDS.map((t) => [t, prf(det[t]!.tp, det[t]!.gold, det[t]!.predicted)])) as PolnearScore["detection"],
    recallByKind: {
      direct: prf(byKind.direct.tp, byKind.direct.gold, byKind.direct.gold),
      mixed: prf(byKind.mixed.tp, byKind.mixed.gold, byKind.mixed.gold),
    },
    speaker: {
      ...speaker,
      accuracy: speaker.named ? speaker.correct / speaker.named : 0,
      share: speaker.named ? speaker.attributed / speaker.named : 0,
    },
    errors: { detection, speaker: speakerErrors },
    examples,
  };
}

const num = (x: number) => x.toFixed(3);
const row = (label: string, p: PRF) => `  ${label.padEnd(22)}${String(p.gold).padStart(6)}${String(p.predicted).padStart(6)}${String(p.tp).padStart(6)}   ${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`;

/** The table of one split, with up to `errors` examples of each error class. */
export function formatPolnear(name: string, s: PolnearScore, errors: number): string {
  const out = [`${name} — ${s.articles} articles (direct and mixed quotes)`, "", `  ${"detection".padEnd(22)}  gold  pred    tp   P     R     F1`];
  for (const t of THRESHOLDS) out.push(row(`overlap ≥ ${t}`, s.detection[t]));
  out.push(`  recall: direct ${num(s.recallByKind.direct.recall)} of ${s.recallByKind.direct.gold}, mixed ${num(s.recallByKind.mixed.recall)} of ${s.recallByKind.mixed.gold}`);
  const sp = s.speaker;
  out.push(
    "",
    `  speaker (named gold speakers of quotes found): accuracy ${num(sp.accuracy)} (${sp.correct}/${sp.named}), share attributed ${num(sp.share)}`,
    `  by sieve: ${Object.entries(sp.byRule)
      .sort((a, b) => b[1].total - a[1].total)
      .map(([rule, r]) => `${rule} ${r.correct}/${r.total}`)
      .join(", ")}`,
    `  errors: ${Object.entries({ ...s.errors.detection, ...s.errors.speaker })
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  if (errors > 0) {
    for (const kind of [...Object.keys(s.errors.detection), ...Object.keys(s.errors.speaker)]) {
      const some = s.examples.filter((e) => e.kind === kind).slice(0, errors);
      if (some.length) out.push(`  ${kind}:`, ...some.map((e) => `    ${e.doc} ${e.detail}: …${e.context}…`));
    }
  }
  return out.join("\n");
}
