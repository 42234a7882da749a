/**
 * The seed gold check (tests/fixtures/seed-gold.json): is every gold actor exactly one node of
 * its type, is nothing else a node, do the speakers, quote edges and cites edges exist.
 * It reads a GraphView, so the same check runs on one extraction and on a built graph.json.
 */
import { readFileSync } from "node:fs";
import type { DocExtraction, EntityType } from "../../src/extract/types.js";
import type { Prediction } from "./types.js";

export interface SeedGold {
  entities: { type: EntityType; names: string[] }[];
  optional: { names: string[] }[];
  quotes: { speaker: string; about: string[]; text: string }[];
  cites: { source: string; speaker: string }[];
}

export interface GraphView {
  nodes: { key: string; type: EntityType; names: string[]; quotes: number }[];
  edges: { kind: string; source: string; target: string }[];
  /** Quotations with their text, when the source keeps them (an extraction does, a graph does not for quotes naming nobody). */
  quotes?: { text: string; speaker: string | null }[];
}

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

export function loadSeedGold(file: string): SeedGold {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<SeedGold>;
  if (!Array.isArray(raw.entities)) throw new Error(`newsgraph/eval: ${file}: no entities list`);
  return { entities: raw.entities, optional: raw.optional ?? [], quotes: raw.quotes ?? [], cites: raw.cites ?? [] };
}

const norm = (s: string): string => s.normalize("NFC").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** Quote text compared without marks, case or spacing: "“We will…,”" starts like "We will…". */
const bare = (s: string): string => norm(s.replace(/["“”‘’«»]/g, " ")).replace(/^[\s'.,:;—–-]+/, "");

export function viewFromExtraction(x: DocExtraction): GraphView {
  const quoteCount = new Map<string, number>();
  for (const q of x.quotes) if (q.speaker) quoteCount.set(q.speaker, (quoteCount.get(q.speaker) ?? 0) + 1);
  return {
    nodes: x.entities.map((e) => ({
      key: e.key,
      type: e.entityType,
      names: [e.label, ...e.aliases],
      quotes: quoteCount.get(e.key) ?? 0,
    })),
    edges: x.quotes.flatMap((q) => [
      ...(q.speaker ? q.about.map((a) => ({ kind: "quote", source: q.speaker!, target: a })) : []),
      ...(q.speaker && q.reportedBy ? [{ kind: "cites", source: q.reportedBy, target: q.speaker }] : []),
    ]),
    quotes: x.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
  };
}

interface GraphJson {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** graphology's export() JSON, as graph.json holds it. */
export function viewFromGraphJson(json: GraphJson): GraphView {
  if (!Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new Error("newsgraph/eval: graph JSON without nodes and edges arrays");
  }
  return {
    nodes: json.nodes.map((n) => {
      const a = n.attributes ?? {};
      const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [];
      return {
        key: n.key,
        type: a.entityType as EntityType,
        names: [String(a.label ?? n.key), ...aliases],
        quotes: typeof a.quotes === "number" ? a.quotes : 0,
      };
    }),
    edges: json.edges.map((e) => ({ kind: String(e.attributes?.kind ?? ""), source: e.source, target: e.target })),
  };
}

type GoldEntity = SeedGold["entities"][number];
type ViewNode = GraphView["nodes"][number];

const names = (list: string[]): Set<string> => new Set(list.map(norm));
const matches = (node: ViewNode, list: Set<string>): boolean => node.names.some((n) => list.has(norm(n)));

function goldOf(gold: SeedGold, name: string): GoldEntity {
  const e = gold.entities.find((g) => names(g.names).has(norm(name)));
  if (!e) throw new Error(`newsgraph/eval: seed gold names "${name}" in a quote or cite but not among its entities`);
  return e;
}

const nodesOf = (view: GraphView, e: GoldEntity): ViewNode[] =>
  view.nodes.filter((n) => n.type === e.type && matches(n, names(e.names)));

export interface Attribution {
  text: string;
  speaker: string;
  found: boolean;
  /** Speaker keys of the predicted quotes that start with the gold text. */
  speakers: string[];
  correct: boolean;
}

/** Each gold quote is found by its opening words; right when a quote found carries a key of the gold speaker's node. */
export function attributeSeedQuotes(gold: SeedGold, view: GraphView): Attribution[] {
  return gold.quotes.map((q) => {
    const found = (view.quotes ?? []).filter((p) => bare(p.text).startsWith(bare(q.text)));
    const speakers = nodesOf(view, goldOf(gold, q.speaker));
    return {
      text: q.text,
      speaker: q.speaker,
      found: found.length > 0,
      speakers: found.map((p) => p.speaker ?? "no speaker"),
      correct: found.some((p) => speakers.some((n) => n.key === p.speaker)),
    };
  });
}

export function checkSeed(gold: SeedGold, view: GraphView): Check[] {
  const checks: Check[] = [];
  const keys = (nodes: ViewNode[]): string => nodes.map((n) => n.key).join(", ") || "none";

  for (const e of gold.entities) {
    const found = nodesOf(view, e);
    const wrongType = view.nodes.filter((n) => n.type !== e.type && matches(n, names(e.names)));
    checks.push({
      name: `${e.type} ${e.names[0]}: exactly one node`,
      pass: found.length === 1,
      detail: `${keys(found)}${wrongType.length ? `; as another type: ${keys(wrongType)}` : ""}`,
    });
  }

  const known = gold.entities.map((e) => ({ type: e.type as EntityType | null, names: names(e.names) }));
  known.push(...gold.optional.map((o) => ({ type: null, names: names(o.names) })));
  const outside = view.nodes.filter((n) => !known.some((k) => (k.type === null || k.type === n.type) && matches(n, k.names)));
  checks.push({
    name: "no node outside the gold and its optional list",
    pass: outside.length === 0,
    detail: outside.map((n) => `${n.key} (${n.names[0]})`).join(", ") || "none",
  });

  const wanted = new Map<string, number>();
  for (const q of gold.quotes) wanted.set(q.speaker, (wanted.get(q.speaker) ?? 0) + 1);
  for (const [speaker, count] of wanted) {
    const nodes = nodesOf(view, goldOf(gold, speaker));
    const best = Math.max(0, ...nodes.map((n) => n.quotes));
    checks.push({ name: `${speaker} speaks at least ${count} quote(s)`, pass: best >= count, detail: `quotes: ${best}` });
  }

  const hasEdge = (kind: string, from: GraphView["nodes"], to: GraphView["nodes"]): boolean =>
    view.edges.some((e) => e.kind === kind && from.some((n) => n.key === e.source) && to.some((n) => n.key === e.target));
  const attributions = view.quotes ? attributeSeedQuotes(gold, view) : null;
  gold.quotes.forEach((q, i) => {
    const speakers = nodesOf(view, goldOf(gold, q.speaker));
    const label = q.text.length > 40 ? `"${q.text.slice(0, 40)}…"` : `"${q.text}"`;
    const a = attributions?.[i];
    if (a) {
      checks.push({
        name: `quote ${label} attributed to ${q.speaker}`,
        pass: a.correct,
        detail: a.found ? a.speakers.join(", ") : "quote not found",
      });
    }
    for (const about of q.about) {
      checks.push({
        name: `quote edge ${q.speaker} → ${about} (${label})`,
        pass: hasEdge("quote", speakers, nodesOf(view, goldOf(gold, about))),
        detail: "",
      });
    }
  });

  for (const c of gold.cites) {
    checks.push({
      name: `cites edge ${c.source} → ${c.speaker}`,
      pass: hasEdge("cites", nodesOf(view, goldOf(gold, c.source)), nodesOf(view, goldOf(gold, c.speaker))),
      detail: "",
    });
  }
  return checks;
}

const ENTITY_TYPE = { PERSON: "person", ORG: "organization", COUNTRY: "country" } as const;

/** A system that gives only mentions (the baseline): one node per key, named by every text under it. */
export function viewFromPrediction(p: Prediction): GraphView {
  const nodes = new Map<string, ViewNode>();
  for (const m of p.mentions) {
    const node = nodes.get(m.key) ?? { key: m.key, type: ENTITY_TYPE[m.type], names: [], quotes: 0 };
    if (!node.names.includes(m.text)) node.names.push(m.text);
    nodes.set(m.key, node);
  }
  for (const q of p.quotes) {
    const node = q.speaker ? nodes.get(q.speaker) : undefined;
    if (node) node.quotes += 1;
  }
  return { nodes: [...nodes.values()], edges: [], quotes: p.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) };
}
