import { extremityArrow, layerDashed, layerPlain, pathCurved, pathLine, pathLoop } from "sigma/rendering";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import type { SigmaOptions } from "sigma/types";
import type { DataGraph, EdgeAttributes, EdgeKind, NodeAttributes } from "../graph/types.js";
import { edgeSizer, nodeSizers } from "./scale.js";
import type { AppearanceSettings, SizeMetric } from "./settings.js";

/** States the viewer adds to sigma's own (hovered, highlighted, hidden…). */
export interface ViewerNodeState {
  isSelected: boolean;
}
// The viewer adds no edge state of its own.
type NoEdgeState = {};
export interface ViewerGraphState {
  sizeBy: SizeMetric;
}

const TRANSPARENT = "rgba(0,0,0,0)";

/**
 * The primitives sigma compiles once: straight edges, curved ones for parallel links, arrow
 * heads, and two edge layers — a plain one and a dashed one — each made transparent for the
 * edges that do not use it, since one program draws every edge.
 */
export function createPrimitives() {
  return {
    edges: {
      paths: [pathLine(), pathCurved(), pathLoop()],
      extremities: [extremityArrow()],
      variables: {
        plainColor: { type: "color", default: TRANSPARENT },
        dashSize: { type: "number", default: 0 },
      },
      layers: [
        layerPlain({ color: { attribute: "plainColor", default: TRANSPARENT } }),
        layerDashed({
          dashSize: { attribute: "dashSize", default: 0, mode: "pixels" },
          gapSize: { value: 4, mode: "pixels" },
          gapColor: 0,
          solidExtremities: "head",
        }),
      ],
    },
  } as const;
}
export type ViewerPrimitives = ReturnType<typeof createPrimitives>;

export type ViewerSigmaOptions = SigmaOptions<
  NodeAttributes,
  EdgeAttributes,
  Attributes,
  ViewerNodeState,
  NoEdgeState,
  ViewerGraphState,
  ViewerPrimitives
>;

/**
 * Appearance as sigma v4 styles: every visual property is derived from the dataset's
 * attributes and from states (hover, highlight, selection, filters); nothing is written into
 * the graph. Size follows the metric in the graph state, so switching it is one state change.
 */
export function createSigmaOptions(graph: DataGraph, settings: AppearanceSettings): ViewerSigmaOptions {
  const sizers = nodeSizers(graph, settings);
  const thickness = edgeSizer(graph, settings);
  const kindValue = <T>(pick: (kind: EdgeKind) => T, fallback: T) => ({
    attribute: "kind",
    dict: { cooccurrence: pick("cooccurrence"), quote: pick("quote"), cites: pick("cites") },
    defaultValue: fallback,
  });
  const look = settings.edges;

  return {
    primitives: createPrimitives(),
    customNodeState: { isSelected: false },
    customGraphState: { sizeBy: settings.sizeBy },
    settings: sigmaSettings(graph, settings),
    styles: {
      stage: { background: settings.background },
      nodes: [
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
      ],
      edges: [
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
      ],
    },
  };
}

function sigmaSettings(graph: DataGraph, settings: AppearanceSettings): Partial<Settings> {
  const large = graph.size >= settings.hideEdgesOnMoveFrom;
  return {
    // Sizes are pixels, whatever the scale of the layout's coordinates.
    itemSizesReference: "screen",
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelDensity: settings.labelDensity,
    labelRenderedSizeThreshold: settings.labelSizeThreshold,
    enableEdgeEvents: false,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  };
}

export type ViewerSigma = Sigma<
  NodeAttributes,
  EdgeAttributes,
  Attributes,
  ViewerNodeState,
  NoEdgeState,
  ViewerGraphState,
  ViewerPrimitives
>;
