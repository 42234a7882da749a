import type { EntityType } from "../extract/types.js";
import type { GraphOptions } from "./types.js";

export const GRAPH_DEFAULTS: Required<GraphOptions> = {
  evidenceLimit: 5,
  evidenceChars: 400,
  evidenceTrailLimit: 1000,
  minWeight: 1,
  minMentions: 1,
  listSize: 12,
  listActors: 3,
  articleLinks: 2_000,
  articleLinkChars: 50,
  seed: 42,
  layoutWork: 10_000_000,
  minIterations: 20,
  maxIterations: 500,
  growIterations: 0.2,
  barnesHutThreshold: 1000,
  noverlapIterations: 50,
  noverlapMaxNodes: 20_000,
  // Node sizes in pixels for the least and the most mentioned entity: graph.gexf's viz:size and the
  // viewer's canvas both read these, so a file opened in Gephi is sized like the picture.
  minSize: 4,
  maxSize: 22,
};

/**
 * The one home of the entity-type colours: graph.gexf's viz:color and the viewer's canvas (its
 * appearance settings read these), so a file opened in Gephi looks like the picture. Each has
 * >= 4.5:1 contrast on white, and they differ in hue and lightness for colour-blind readers;
 * hex because GEXF wants it.
 */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: "#1864ab",
  country: "#2b8a3e",
  organization: "#c2255c",
};
