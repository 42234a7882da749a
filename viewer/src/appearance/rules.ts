import type { StylesDeclaration } from "sigma/types";
import type { DataGraph, EdgeAttributes, EdgeKind, NodeAttributes } from "../graph/types.js";
import { edgeSizer, nodeSizers } from "./scale.js";
import type { AppearanceSettings, SizeMetric } from "./settings.js";

/** States the viewer adds to sigma's own (hovered, highlighted, hidden…). */
export interface ViewerNodeState {
  isSelected: boolean;
}
export interface ViewerGraphState {
  sizeBy: SizeMetric;
}
/** Edge variables the viewer's primitives declare (see styles.ts). */
export interface ViewerEdgeVariables {
  plainColor: string;
  dashSize: number;
}

export const TRANSPARENT = "rgba(0,0,0,0)";

type Layer = "edges" | "topEdges" | "nodes" | "topNodes";
// {} is sigma's "no custom state" / "no program variables".
type Declaration = StylesDeclaration<NodeAttributes, EdgeAttributes, ViewerNodeState, {}, ViewerGraphState, {}, ViewerEdgeVariables, Layer>;
export type ViewerNodeStyles = NonNullable<Declaration["nodes"]>;
export type ViewerEdgeStyles = NonNullable<Declaration["edges"]>;

/**
 * Node appearance as sigma v4 style rules: colour by entity type, size by the metric named in
 * the graph state, labels for the larger nodes (sigma's label grid) and for the focused
 * neighbourhood, everything else dimmed while a node is hovered or selected.
 */
export function nodeStyles(graph: DataGraph, settings: AppearanceSettings): ViewerNodeStyles {
  const sizers = nodeSizers(graph, settings);
  return [
    {
      x: { attribute: "x" },
      y: { attribute: "y" },
      label: { attribute: "label" },
      size: (a, _s, gs) => sizers[gs.sizeBy](a),
      color: { attribute: "entityType", dict: settings.typeColors, defaultValue: settings.otherColor },
      labelColor: settings.labelColor,
      labelSize: settings.labelSize,
      labelFont: settings.labelFont,
      cursor: "pointer",
      visibility: { whenState: "isHidden", then: "hidden", else: "visible" },
      labelVisibility: "auto",
      depth: "nodes",
    },
    {
      // Outside the hovered or selected neighbourhood: greyed out, unlabelled.
      when: (_a, s, gs) => gs.hasHighlighted && !s.isHighlighted && !s.isHovered && !s.isSelected,
      then: { color: settings.dimmedNodeColor, labelVisibility: "hidden" },
    },
    { whenState: "isHighlighted", then: { labelVisibility: "visible", depth: "topNodes" } },
    {
      when: (_a, s) => s.isHovered || s.isSelected,
      then: {
        labelVisibility: "visible",
        depth: "topNodes",
        backdropVisibility: "visible",
        backdropColor: "#ffffff",
        backdropShadowColor: "rgba(0,0,0,0.45)",
        backdropShadowBlur: 10,
        backdropPadding: 5,
        backdropBorderColor: (_a, s) => (s.isSelected ? "#212529" : TRANSPARENT),
        backdropBorderWidth: (_a, s) => (s.isSelected ? 2 : 0),
      },
    },
  ];
}

/**
 * Edge appearance: kind decides colour, arrow head and dash (co-occurrence light and plain,
 * quote a coloured arrow, cites a dashed arrow); weight decides thickness; parallel links of
 * one pair take curved paths drawn apart.
 */
export function edgeStyles(graph: DataGraph, settings: AppearanceSettings): ViewerEdgeStyles {
  const thickness = edgeSizer(graph, settings);
  const look = settings.edges;
  const kindValue = <T>(pick: (kind: EdgeKind) => T, fallback: T) => ({
    attribute: "kind",
    dict: { cooccurrence: pick("cooccurrence"), quote: pick("quote"), cites: pick("cites") },
    defaultValue: fallback,
  });
  return [
    {
      size: (a) => thickness(a.kind, a.weight),
      color: kindValue((k) => look[k].color, look.cooccurrence.color),
      // The plain layer draws solid kinds; dashed kinds let it go transparent.
      plainColor: kindValue((k) => (look[k].dash > 0 ? TRANSPARENT : look[k].color), look.cooccurrence.color),
      dashSize: kindValue((k) => look[k].dash, 0),
      head: kindValue((k) => (look[k].arrow ? "arrow" : "none"), "none"),
      path: "straight",
      parallelPath: "curved",
      parallelSpread: settings.parallelSpread,
      visibility: { whenState: "isHidden", then: "hidden", else: "visible" },
      depth: "edges",
    },
    {
      when: (_a, s, gs) => gs.hasHighlighted && !s.isHighlighted,
      then: { opacity: settings.dimmedEdgeOpacity },
    },
    { whenState: "isHighlighted", then: { depth: "topEdges" } },
  ];
}
