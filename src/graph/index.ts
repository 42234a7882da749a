import { MultiGraph } from "graphology";
import type { DocExtraction } from "../extract/types.js";
import type { Resolution } from "../resolve/types.js";
import { GRAPH_DEFAULTS } from "./defaults.js";
import { createEdgeCollector, type CappedArticle } from "./edges.js";
import { assignLayout, type Positions } from "./layout.js";
import { assignMetrics } from "./metrics.js";
import { createQuotationCollector } from "./quotations.js";
import { assignStyle } from "./style.js";
import { createTimeline } from "./timeline.js";
import { createEvidenceTrail, type EvidenceTrail } from "./trail.js";
import type { EdgeAttributes, GraphAttributes, GraphOptions, NewsGraph, NodeAttributes } from "./types.js";

export type { DateCounts, EdgeAttributes, EdgeKind, Evidence, GraphOptions, NewsGraph, NodeAttributes } from "./types.js";
export type { EvidenceTrail } from "./trail.js";
export type { Positions } from "./layout.js";
export type { CappedArticle } from "./edges.js";
export { GRAPH_DEFAULTS, TYPE_COLORS } from "./defaults.js";
export { articleEdges, type EdgeContribution } from "./edges.js";

export interface GraphBuilder {
  add(doc: DocExtraction): void;
  finish(): NewsGraph;
  /** Sentences linked as lists (more than `listSize` entities), and articles whose links were capped, so far. */
  readonly stats: { listSentences: number; cappedArticles: CappedArticle[] };
  /** Every edge's evidence (up to evidenceTrailLimit), for the evidence files; complete after finish(). */
  trail(): EvidenceTrail;
}

/**
 * The streaming form of buildGraph: articles (keys as extracted; the resolution remaps them)
 * are added one at a time, and `finish` assembles, filters, measures and lays out the graph.
 * `previous`: the positions of a build this one grows from (see assignLayout).
 */
export function createGraphBuilder(resolution: Resolution, options: GraphOptions = {}, previous?: Positions): GraphBuilder {
  const settings = { ...GRAPH_DEFAULTS, ...options };
  for (const name of ["evidenceLimit", "evidenceChars", "evidenceTrailLimit", "minWeight", "minMentions", "listSize", "listActors", "articleLinks"] as const) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) {
      throw new Error(`newsgraph/graph: ${name} must be a non-negative integer, got ${settings[name]}`);
    }
  }
  if (!Number.isInteger(settings.articleLinkChars) || settings.articleLinkChars < 1) {
    throw new Error(`newsgraph/graph: articleLinkChars must be a positive integer, got ${settings.articleLinkChars}`);
  }
  const timeline = createTimeline(resolution.remap);
  const trail = createEvidenceTrail({ limit: settings.evidenceTrailLimit });
  const collector = createEdgeCollector({
    ...settings,
    remap: resolution.remap,
    onCount: (key, doc, piece) => {
      timeline.addEdgeCount(key, doc);
      trail.add(key, piece);
    },
  });
  const quotations = createQuotationCollector({ ...settings, remap: resolution.remap });
  return {
    stats: collector.stats,
    trail: () => trail,
    add(doc) {
      collector.add(doc);
      quotations.add(doc);
      timeline.addDoc(doc);
    },
    finish() {
      const graph: NewsGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed" });
      graph.replaceAttributes({
        creator: "newsgraph",
        description: "People, countries and organizations linked by co-occurrence, quotation and citation",
        articlesByDate: timeline.articles(),
      });
      for (const entity of resolution.entities) {
        if (entity.mentions < settings.minMentions) continue;
        graph.addNode(entity.key, {
          label: entity.label,
          entityType: entity.entityType,
          aliases: entity.aliases,
          mentions: entity.mentions,
          documents: entity.documents,
          quotes: entity.quotes,
          quotations: quotations.of(entity.key),
          firstDate: entity.firstDate,
          lastDate: entity.lastDate,
          dates: timeline.node(entity.key),
          pagerank: 0,
          community: 0,
          degree: 0,
          weightedDegree: 0,
          x: 0,
          y: 0,
          size: 1,
          color: "#000000",
        });
      }
      for (const edge of collector.edges()) {
        if (edge.weight < settings.minWeight || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
        const attributes: EdgeAttributes = {
          kind: edge.kind,
          weight: edge.weight,
          documents: edge.documents,
          firstDate: edge.firstDate,
          lastDate: edge.lastDate,
          dates: timeline.edge(edge.key),
          evidence: edge.evidence,
        };
        if (edge.kind === "cooccurrence") graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
        else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
      }
      assignMetrics(graph, settings.seed);
      assignStyle(graph, settings);
      assignLayout(graph, settings, previous);
      return graph;
    },
  };
}

/** Builds the entity graph of a corpus from its extractions and their resolution. */
export async function buildGraph(
  docs: Iterable<DocExtraction> | AsyncIterable<DocExtraction>,
  resolution: Resolution,
  options: GraphOptions = {},
): Promise<NewsGraph> {
  const builder = createGraphBuilder(resolution, options);
  for await (const doc of docs) builder.add(doc);
  return builder.finish();
}
