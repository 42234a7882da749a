import type Graph from "graphology";
import type { DateCounts, EdgeAttributes as ContractEdgeAttributes, EdgeKind, Evidence, NodeAttributes } from "../../../src/graph/types.js";

export type { DateCounts, EdgeKind, Evidence, NodeAttributes };

/** The contract's edge attributes, per-date counts always present (empty when the build had none). */
export type EdgeAttributes = ContractEdgeAttributes & { dates: DateCounts };

/** What the viewer reads of the graph's own attributes. */
export interface ViewerGraphAttributes {
  /** Articles per date (the timeline's histogram), null when the build did not write it. */
  articlesByDate: DateCounts | null;
  /** Number of evidence/<n>.json files beside graph.json; 0 for none. */
  evidenceShards: number;
}

/**
 * The dataset: the graph as the pipeline wrote it (graph.json), normalised so every attribute of
 * the graph contract is present. The viewer never writes into it; appearance, hover, selection
 * and filters live in sigma states and styles.
 */
export type DataGraph = Graph<ViewerNodeAttributes, EdgeAttributes, ViewerGraphAttributes>;

/**
 * The contract's node attributes, plus what the viewer shows when a build provides it:
 * `quotations`, the speaker's own quoted words (bounded), so quotes that name no entity and
 * credit no outlet (no quote or cites edge to carry them) still reach the panel.
 */
export type ViewerNodeAttributes = NodeAttributes & { quotations: Evidence[]; dates: DateCounts };

export const EDGE_KINDS: readonly EdgeKind[] = ["cooccurrence", "quote", "cites"];
