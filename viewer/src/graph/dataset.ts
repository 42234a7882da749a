import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { EDGE_KINDS, type DataGraph, type DateCounts, type EdgeAttributes, type EdgeKind, type Evidence, type ViewerGraphAttributes, type ViewerNodeAttributes } from "./types.js";

/**
 * Builds the viewer's dataset from a graphology export (graph.json) or a graph another loader
 * produced (a GEXF import). Files come from anywhere, so every attribute is checked and given
 * its contract default: a missing metric must not break sizing, a missing layout must not
 * stack every node on one point.
 */
export function toDataset(source: SerializedGraph | Graph): DataGraph {
  const graph: DataGraph = new Graph<ViewerNodeAttributes, EdgeAttributes, ViewerGraphAttributes>({ multi: true, type: "mixed", allowSelfLoops: true });
  // One pass straight from the file's arrays: building an intermediate graph first would
  // double the load time of a large corpus.
  const data = source instanceof Graph ? source.export() : checkSerialized(source);
  const meta = (data.attributes ?? {}) as Record<string, unknown>;
  const byDate = dateCounts(meta.articlesByDate);
  graph.replaceAttributes({
    articlesByDate: Object.keys(byDate).length > 0 ? byDate : null,
    evidenceShards: Math.max(0, Math.min(4096, Math.trunc(num(meta.evidenceShards)))),
  });
  const order = data.nodes.length;
  // A file typed undirected (as a GEXF with defaultedgetype="undirected" parses) marks no edge.
  const allUndirected = data.options?.type === "undirected";
  data.nodes.forEach((node, index) => {
    const key = String(node.key);
    if (graph.hasNode(key)) throw new Error(`newsgraph/viewer: node ${key} is defined twice.`);
    graph.addNode(key, normaliseNode(key, node.attributes ?? {}, index, order));
  });
  (data.edges ?? []).forEach((e, index) => {
    const undirected = e.undirected === true || allUndirected;
    const edge = normaliseEdge(e.attributes ?? {}, undirected);
    const key = e.key === undefined || e.key === null ? `e${index}` : String(e.key);
    const source = String(e.source);
    const target = String(e.target);
    if (graph.hasEdge(key)) throw new Error(`newsgraph/viewer: edge ${key} is defined twice.`);
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      throw new Error(`newsgraph/viewer: edge ${key} joins a node the file does not define (${graph.hasNode(source) ? target : source}).`);
    }
    // Co-occurrence is symmetric by contract, whatever the file said. Undirected edges are
    // stored from the smaller key to the larger: sigma curves parallel edges apart in that
    // frame (it flips only directed edges that run the other way), so a co-occurrence stored
    // the other way round would be drawn right on top of a quote between the same pair.
    if (undirected || edge.kind === "cooccurrence") {
      if (source <= target) graph.addUndirectedEdgeWithKey(key, source, target, edge);
      else graph.addUndirectedEdgeWithKey(key, target, source, edge);
    } else graph.addDirectedEdgeWithKey(key, source, target, edge);
  });
  graph.forEachNode((key, attrs) => {
    if (!Number.isFinite(attrs.degree) || attrs.degree <= 0) attrs.degree = graph.degree(key);
  });
  return graph;
}

function checkSerialized(value: unknown): SerializedGraph {
  if (!value || typeof value !== "object" || !Array.isArray((value as SerializedGraph).nodes)) {
    throw new Error("newsgraph/viewer: the graph file is not a graphology JSON export (no nodes array).");
  }
  return value as SerializedGraph;
}

const ENTITY_TYPES = new Set(["person", "country", "organization"]);

function normaliseNode(key: string, a: Record<string, unknown>, index: number, order: number): ViewerNodeAttributes {
  const hasPosition = isFiniteNumber(a.x) && isFiniteNumber(a.y);
  // Without a layout, a circle keeps every node visible and clickable until a layout is run.
  const angle = (2 * Math.PI * index) / Math.max(order, 1);
  const type = String(a.entityType ?? a.type ?? "");
  return {
    label: text(a.label) || key,
    entityType: (ENTITY_TYPES.has(type) ? type : "organization") as ViewerNodeAttributes["entityType"],
    aliases: stringList(a.aliases),
    mentions: num(a.mentions),
    documents: num(a.documents),
    quotes: num(a.quotes),
    quotations: evidenceList(a.quotations),
    firstDate: date(a.firstDate),
    lastDate: date(a.lastDate),
    dates: dateCounts(a.dates),
    pagerank: num(a.pagerank),
    community: Math.trunc(num(a.community, -1)),
    degree: num(a.degree),
    weightedDegree: num(a.weightedDegree),
    x: hasPosition ? (a.x as number) : 100 * Math.cos(angle),
    y: hasPosition ? (a.y as number) : 100 * Math.sin(angle),
    size: num(a.size, 1),
    color: text(a.color),
  };
}

function normaliseEdge(a: Record<string, unknown>, undirected: boolean): EdgeAttributes {
  const kind = EDGE_KINDS.includes(a.kind as EdgeKind) ? (a.kind as EdgeKind) : undirected ? "cooccurrence" : "quote";
  return {
    kind,
    weight: num(a.weight, 1),
    documents: num(a.documents),
    firstDate: date(a.firstDate),
    lastDate: date(a.lastDate),
    dates: dateCounts(a.dates),
    evidence: evidenceList(a.evidence),
  };
}

/** `{ "YYYY-MM-DD": count }`, as the build writes it (a GEXF carries it as JSON text); anything else is dropped. */
function dateCounts(value: unknown): DateCounts {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  const out: DateCounts = {};
  if (!v || typeof v !== "object" || Array.isArray(v)) return out;
  for (const [d, c] of Object.entries(v as Record<string, unknown>)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(d) && typeof c === "number" && Number.isFinite(c) && c > 0) out[d] = c;
  }
  return out;
}

/** Evidence records from a file (graph.json, a GEXF's JSON text, an evidence shard), checked field by field. */
export function evidenceList(value: unknown): Evidence[] {
  // GEXF can only carry strings, so evidence may arrive as JSON text.
  let list = value;
  if (typeof list === "string") {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list
    .filter((e): e is Record<string, unknown> => !!e && typeof e === "object")
    .map((e) => {
      const item: Evidence = { article: text(e.article), title: text(e.title), date: date(e.date), text: text(e.text) };
      if (text(e.url)) item.url = text(e.url);
      if (text(e.source)) item.source = text(e.source);
      if (text(e.cue)) item.cue = text(e.cue);
      if (text(e.context)) item.context = text(e.context);
      return item;
    })
    .filter((e) => e.text !== "");
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((s) => s !== "");
  // GEXF string attributes: "a|b|c".
  if (typeof value === "string" && value !== "") return value.split("|").map((s) => s.trim()).filter(Boolean);
  return [];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function date(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function num(value: unknown, fallback = 0): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
