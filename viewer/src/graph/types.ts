import type Graph from "graphology";
import type { EdgeAttributes, EdgeKind, Evidence, NodeAttributes } from "../../../src/graph/types.js";

export type { EdgeAttributes, EdgeKind, Evidence, NodeAttributes };

/**
 * The dataset: the graph as the pipeline wrote it (graph.json), normalised so every attribute of
 * the graph contract is present. The viewer never writes into it; appearance, hover, selection
 * and filters live in sigma states and styles.
 */
export type DataGraph = Graph<NodeAttributes, EdgeAttributes>;

export const EDGE_KINDS: readonly EdgeKind[] = ["cooccurrence", "quote", "cites"];
