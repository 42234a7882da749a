import type { EntityType } from "../extract/types.js";

export type EdgeKind = "cooccurrence" | "quote" | "cites";

/** One piece of evidence behind an edge: the sentence or the quotation, and where it was read. */
export interface Evidence {
  article: string;
  title: string;
  date: string | null;
  text: string;
  /** The article's address and outlet, when the input gave them. */
  url?: string | null;
  source?: string | null;
  /** A quotation's attributing cue ("said", "told") and the sentence it was read in. */
  cue?: string | null;
  context?: string;
}

/** Counts per ISO day (YYYY-MM-DD): mentions for a node, weight for an edge, articles for the graph. */
export type DateCounts = Record<string, number>;

/** The graph contract (DESIGN.md): every output carries these node attributes. */
export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  documents: number;
  quotes: number;
  /**
   * The first quotations it is the speaker of (bounded like edge evidence): quotes that name no
   * entity and credit no outlet have no edge to carry them, and still belong to the speaker.
   */
  quotations: Evidence[];
  firstDate: string | null;
  lastDate: string | null;
  /** Mentions per article date (sums to `mentions` over dated articles); what a time window counts. */
  dates?: DateCounts;
  pagerank: number;
  community: number;
  degree: number;
  weightedDegree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Weight per article date (sums to `weight` over dated articles). */
  dates?: DateCounts;
  /** Bounded: the first N pieces of evidence in corpus order; all of it is in the evidence files. */
  evidence: Evidence[];
}

/** Graph-level attributes, written as GEXF meta (creator, description). */
export interface GraphAttributes {
  creator: string;
  description: string;
  /** Articles per date, the timeline's histogram. */
  articlesByDate?: DateCounts;
  /** How many `evidence/<n>.json` files hold every edge's full evidence (0 or absent: none). */
  evidenceShards?: number;
}

export type NewsGraph = import("graphology-types").default<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphOptions {
  /** Pieces of evidence kept per edge (the first in corpus order). */
  evidenceLimit?: number;
  /** Longer sentences or quotes are cut to this many characters in evidence. */
  evidenceChars?: number;
  /** Pieces of evidence kept per edge for the evidence files (all of a link's evidence, up to this). */
  evidenceTrailLimit?: number;
  /** Edges with a smaller weight are dropped before metrics and layout. */
  minWeight?: number;
  /** Entities mentioned (or referred to) fewer times are dropped, with their edges. */
  minMentions?: number;
  /**
   * A sentence naming more entities than this is a list (signatories, a table row): its
   * entities are linked to its first `listActors` only, not each to each (n² pairs).
   */
  listSize?: number;
  listActors?: number;
  /**
   * Distinct links one article may bring, plus one per `articleLinkChars` characters of its
   * text: beyond that (a roster, a dump of names) it keeps its most repeated links. Ordinary
   * news makes about one link per 140 characters.
   */
  articleLinks?: number;
  articleLinkChars?: number;
  /** Seed of every random choice (Louvain, initial positions): same corpus, same picture. */
  seed?: number;
  /** ForceAtlas2 work budget: iterations = budget / (edges + repulsion cost), clamped (see layout.ts). */
  layoutWork?: number;
  minIterations?: number;
  maxIterations?: number;
  /**
   * A grown graph (most of its nodes placed by the previous build) runs this share of the
   * iterations, at least the share of its nodes that are new, and at least minIterations.
   */
  growIterations?: number;
  /** Barnes–Hut approximation above this many nodes. */
  barnesHutThreshold?: number;
  /** Passes of overlap removal after ForceAtlas2 (it stops early once nothing overlaps). */
  noverlapIterations?: number;
  /** Above this many nodes no overlap removal: one noverlap pass costs ~17 s of CPU at 50,000 nodes. */
  noverlapMaxNodes?: number;
  /** Node size range, scaled by the square root of mentions. */
  minSize?: number;
  maxSize?: number;
}
