import { extremityArrow, layerDashed, layerFill, layerPlain, pathCurved, pathLine, pathLoop, sdfCircle } from "sigma/rendering";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import type { SigmaOptions } from "sigma/types";
import { MASK_VARIABLES, type EdgeMask } from "./mask-layer.js";
import { FOCUS_NODE_VARIABLES, type FocusLayers } from "./focus-layer.js";
import type { DataGraph, EdgeAttributes, ViewerNodeAttributes } from "../graph/types.js";
import { DEPTH_LAYERS, edgeStyles, nodeStyles, TRANSPARENT, type ViewerEdgeState, type ViewerNodeState } from "./rules.js";
import type { AppearanceSettings } from "./settings.js";

export type { ViewerEdgeState, ViewerNodeState };
// The viewer adds no graph state of its own.
type NoState = {};

/** What the primitives depend on in the dataset. */
export interface PrimitiveNeeds {
  /** A self-loop needs the loop path, which is left out otherwise. */
  selfLoops: boolean;
}

/** The GPU-side parts of the filters and of the focus look, one per sigma instance. */
export interface ViewerLayers {
  mask: EdgeMask;
  focus: FocusLayers;
}

/**
 * The primitives sigma compiles once: circles filled with the node colour, then the focus
 * layer; straight edges, curved ones for parallel links, loops only when the graph has one,
 * arrow heads, and four edge layers — the filter mask, a plain one and a dashed one (the two
 * made transparent for the edges that do not use them, since one program draws every edge),
 * then the focus layer.
 *
 * Sigma draws every edge with as many vertices as the most detailed path needs: the loop and
 * the curve (16 segments each by default) made each straight edge cost six times the vertices
 * of a line, which a software renderer pays on every frame. Parallel links are gentle curves,
 * which 8 segments draw smoothly.
 */
export function createPrimitives(settings: AppearanceSettings, { mask, focus }: ViewerLayers, needs: PrimitiveNeeds) {
  // The mask reads the ends' sizes (a hidden node has size 0); sigma passes them to the
  // fragment shader only for paths that ask for them, and the loop path may be absent.
  const line = { ...pathLine(), needsNodeSize: true };
  return {
    depthLayers: DEPTH_LAYERS,
    nodes: {
      shapes: [sdfCircle()],
      variables: FOCUS_NODE_VARIABLES,
      // Last: it blends whatever the node is towards the background.
      layers: [layerFill(), focus.nodeLayer],
    },
    edges: {
      paths: needs.selfLoops ? [line, pathCurved({ segments: CURVE_SEGMENTS }), pathLoop({ segments: CURVE_SEGMENTS })] : [line, pathCurved({ segments: CURVE_SEGMENTS })],
      extremities: [extremityArrow()],
      variables: {
        plainColor: { type: "color", default: TRANSPARENT },
        dashSize: { type: "number", default: 0 },
        ...MASK_VARIABLES,
      },
      layers: [
        // First: an edge the filters hide is discarded before anything is drawn of it.
        mask.layer,
        layerPlain({ color: { attribute: "plainColor", default: TRANSPARENT } }),
        layerDashed({
          dashSize: { attribute: "dashSize", default: 0, mode: "pixels" },
          gapSize: { value: settings.dashGap, mode: "pixels" },
          gapColor: 0,
          solidExtremities: "head",
        }),
        focus.edgeLayer,
      ],
    },
  } as const;
}
export type ViewerPrimitives = ReturnType<typeof createPrimitives>;

const CURVE_SEGMENTS = 8;

export type ViewerSigmaOptions = SigmaOptions<
  ViewerNodeAttributes,
  EdgeAttributes,
  Attributes,
  ViewerNodeState,
  ViewerEdgeState,
  NoState,
  ViewerPrimitives
>;

/**
 * Sigma's options for a dataset: appearance as v4 styles, every visual property derived from
 * the dataset's attributes and from states (hover, highlight, selection, hidden nodes, size
 * metric) or, for filtered edges and the focus look, from the layers' uniforms; nothing is
 * written into the graph.
 */
export function createSigmaOptions(graph: DataGraph, settings: AppearanceSettings, layers: ViewerLayers): ViewerSigmaOptions {
  return {
    primitives: createPrimitives(settings, layers, { selfLoops: graph.selfLoopCount > 0 }),
    customNodeState: { isSelected: false, sizeBy: settings.sizeBy, colorBy: settings.colorBy, isLabelled: false, windowSize: "" },
    customEdgeState: { isSelected: false, windowSize: "" },
    settings: sigmaSettings(),
    styles: {
      stage: { background: settings.background },
      nodes: nodeStyles(graph, settings),
      edges: edgeStyles(graph, settings),
    },
  };
}

function sigmaSettings(): Partial<Settings> {
  return {
    // Sizes are pixels, whatever the scale of the layout's coordinates.
    itemSizesReference: "screen",
    // Off whatever the graph's size: with either on, sigma answers the release of every camera
    // drag with a full refresh that re-styles every node and edge (hundreds of ms at 50,000
    // edges), far more than drawing the edges during the move costs.
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    // Links are picked on the CPU among the shown ones (hover/edges.ts), not by sigma.
    enableEdgeEvents: false,
    enableNodeDrag: true,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  };
}

export type ViewerSigma = Sigma<
  ViewerNodeAttributes,
  EdgeAttributes,
  Attributes,
  ViewerNodeState,
  ViewerEdgeState,
  NoState,
  ViewerPrimitives
>;
