import { extremityArrow, layerDashed, layerPlain, pathCurved, pathLine, pathLoop } from "sigma/rendering";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import type { SigmaOptions } from "sigma/types";
import { MASK_VARIABLES, type EdgeMask } from "../filters/mask.js";
import type { DataGraph, EdgeAttributes, ViewerNodeAttributes } from "../graph/types.js";
import { DEPTH_LAYERS, edgeStyles, nodeStyles, TRANSPARENT, type ViewerNodeState } from "./rules.js";
import type { AppearanceSettings } from "./settings.js";

export type { ViewerNodeState };
// The viewer adds no edge or graph state of its own.
type NoState = {};

/**
 * The primitives sigma compiles once: straight edges, curved ones for parallel links, arrow
 * heads, and two edge layers — a plain one and a dashed one — each made transparent for the
 * edges that do not use it, since one program draws every edge.
 */
export function createPrimitives(settings: AppearanceSettings, mask: EdgeMask) {
  return {
    depthLayers: DEPTH_LAYERS,
    edges: {
      paths: [pathLine(), pathCurved(), pathLoop()],
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
      ],
    },
  } as const;
}
export type ViewerPrimitives = ReturnType<typeof createPrimitives>;

export type ViewerSigmaOptions = SigmaOptions<
  ViewerNodeAttributes,
  EdgeAttributes,
  Attributes,
  ViewerNodeState,
  NoState,
  NoState,
  ViewerPrimitives
>;

/**
 * Sigma's options for a dataset: appearance as v4 styles, every visual property derived from
 * the dataset's attributes and from states (hover, highlight, selection, hidden nodes, size
 * metric) or, for filtered edges, from the mask's uniforms; nothing is written into the graph.
 */
export function createSigmaOptions(graph: DataGraph, settings: AppearanceSettings, mask: EdgeMask): ViewerSigmaOptions {
  return {
    primitives: createPrimitives(settings, mask),
    customNodeState: { isSelected: false, sizeBy: settings.sizeBy },
    settings: sigmaSettings(settings),
    styles: {
      stage: { background: settings.background },
      nodes: nodeStyles(graph, settings),
      edges: edgeStyles(graph, settings),
    },
  };
}

function sigmaSettings(settings: AppearanceSettings): Partial<Settings> {
  return {
    // Sizes are pixels, whatever the scale of the layout's coordinates.
    itemSizesReference: "screen",
    // Off whatever the graph's size: with either on, sigma answers the release of every camera
    // drag with a full refresh that re-styles every node and edge (hundreds of ms at 50,000
    // edges), far more than drawing the edges during the move costs.
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    labelDensity: settings.labelDensity,
    labelRenderedSizeThreshold: settings.labelSizeThreshold,
    enableEdgeEvents: false,
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
  NoState,
  NoState,
  ViewerPrimitives
>;
