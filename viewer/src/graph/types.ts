import type Graph from "graphology";
import type { EdgeAttributes, EdgeKind, Evidence, NodeAttributes } from "../../../src/graph/types.js";

export type { EdgeAttributes, EdgeKind, Evidence, NodeAttributes };

/**
 * The dataset: the graph as the pipeline wrote it (graph.json), normalised so every attribute of
 * the graph contract is present. The viewer never writes into it; appearance, hover, selection
 * and filters live in sigma states and styles.
 */
export type DataGraph = Graph<ViewerNodeAttributes, EdgeAttributes>;

/**
 * The contract's node attributes, plus what the viewer shows when a build provides it:
 * `quotations`, the speaker's own quoted words (bounded), so quotes that name no entity and
 * credit no outlet (no quote or cites edge to carry them) still reach the panel.
 */
export type ViewerNodeAttributes = NodeAttributes & { quotations: Evidence[] };

export const EDGE_KINDS: readonly EdgeKind[] = ["cooccurrence", "quote", "cites"];
