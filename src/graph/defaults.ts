import type { EntityType } from "../extract/types.js";
import type { GraphOptions } from "./types.js";

export const GRAPH_DEFAULTS: Required<GraphOptions> = {
  evidenceLimit: 5,
  evidenceChars: 400,
  evidenceTrailLimit: 1000,
  minWeight: 1,
  minMentions: 1,
  seed: 42,
  layoutWork: 10_000_000,
  minIterations: 20,
  maxIterations: 500,
  barnesHutThreshold: 1000,
  noverlapIterations: 50,
  noverlapMaxNodes: 20_000,
  minSize: 3,
  maxSize: 20,
};

/** Tableau 10 colours, distinguishable for most colour-blind readers; hex because GEXF wants it. */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: "#4e79a7",
  country: "#59a14f",
  organization: "#f28e2b",
};
