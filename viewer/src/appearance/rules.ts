import type { StylesDeclaration } from "sigma/types";
import type { DataGraph, EdgeAttributes, EdgeKind, ViewerNodeAttributes } from "../graph/types.js";
import { maskStyle } from "./mask-layer.js";
import { edgeSizeBindings, nodeSizeBindings } from "./scale.js";
import { communityColors } from "./palette.js";
import type { AppearanceSettings, ColorMode, SizeMetric } from "./settings.js";

/** States the viewer adds to sigma's own (hovered, highlighted, hidden…). */
export interface ViewerNodeState {
  isSelected: boolean;
  /** The size metric, as a node state so that switching it re-styles nodes only. */
  sizeBy: SizeMetric;
  /** Colour by entity type or by community, as a node state so that switching it re-styles nodes only. */
  colorBy: ColorMode;
  /** Chosen to carry a label (labels/: on screen, no overlap, within the "labels on screen" budget). */
  isLabelled: boolean;
  /** The rounded pixel size the node gets in a time window ("" when no window is set; see timeline/). */
  windowSize: string;
}
/** States the viewer adds to sigma's own edge states (hovered, hidden…). */
export interface ViewerEdgeState {
  /** The link whose evidence the panel shows. */
  isSelected: boolean;
  /** The rounded thickness the link gets for its weight in a time window ("" when no window is set; see timeline/). */
  windowSize: string;
}
/** Node variables the viewer's node layer declares (hover/focus.ts). */
export interface ViewerNodeVariables {
  focusLit: number;
}
/** Edge variables the viewer's primitives declare (see styles.ts and filters/mask.ts). */
export interface ViewerEdgeVariables {
  plainColor: string;
  dashSize: number;
  maskKind: number;
  maskWeight: number;
  maskFirst: number;
  maskLast: number;
}

export const TRANSPARENT = "rgba(0,0,0,0)";

/**
 * Depth layers, back to front. The hovered or selected node and the focused neighbourhood's
 * labels go on top; the neighbourhood's nodes and edges stay where they are (moving an item to
 * another layer splits sigma's draw calls around it).
 */
export const DEPTH_LAYERS = ["edges", "nodes", "topNodes"] as const;
type Layer = (typeof DEPTH_LAYERS)[number];

// {} is sigma's "no custom state" / "no program variables".
type Declaration = StylesDeclaration<ViewerNodeAttributes, EdgeAttributes, ViewerNodeState, ViewerEdgeState, {}, ViewerNodeVariables, ViewerEdgeVariables, Layer>;
export type ViewerNodeStyles = NonNullable<Declaration["nodes"]>;
export type ViewerEdgeStyles = NonNullable<Declaration["edges"]>;

/*
 * Every rule below reads attributes (bindings, dictionaries, matchData) or item states
 * (whenState, matchState), never a function of the graph state: sigma then re-styles only the
 * items whose state changed, and a camera move (a graph state change) re-styles nothing.
 */

/**
 * Nodes: colour by entity type, size by the metric in the node's sizeBy state (or, in a time
 * window, by its windowSize state), labels where labels/ put them (isLabelled) and on the
 * hovered or selected node, a ring when selected.
 */
export function nodeStyles(graph: DataGraph, settings: AppearanceSettings): ViewerNodeStyles {
  const sizes = nodeSizeBindings(graph, settings);
  const windowCases = Object.fromEntries(windowSizeSteps(settings).map((px) => [windowSizeKey(px), { size: px }]));
  const communitySizes = new Map<number, number>();
  graph.forEachNode((_k, a) => void communitySizes.set(a.community, (communitySizes.get(a.community) ?? 0) + 1));
  const byCommunity = Object.fromEntries([...communityColors(communitySizes, settings)].map(([id, color]) => [String(id), color]));
  const focusLook = {
    labelVisibility: "visible",
    depth: "topNodes",
    labelDepth: "topNodes",
    backdropVisibility: "visible",
    backdropColor: "#ffffff",
    backdropShadowColor: "rgba(0,0,0,0.45)",
    backdropShadowBlur: 10,
    backdropPadding: 5,
  } as const;
  return [
    {
      x: { attribute: "x" },
      y: { attribute: "y" },
      label: { attribute: "label" },
      color: { attribute: "entityType", dict: settings.typeColors, defaultValue: settings.otherColor },
      labelColor: settings.labelColor,
      labelSize: settings.labelSize,
      labelFont: settings.labelFont,
      // labels/ decides; sigma's own grid never adds a label.
      labelVisibility: "hidden",
      cursor: "pointer",
    },
    { matchState: "colorBy", cases: { community: { color: { attribute: "community", dict: byCommunity, defaultValue: settings.otherColor } } } },
    {
      matchState: "sizeBy",
      cases: { mentions: { size: sizes.mentions }, pagerank: { size: sizes.pagerank }, degree: { size: sizes.degree } },
    },
    { matchState: "windowSize", cases: windowCases },
    { whenState: "isLabelled", then: { labelVisibility: "visible" } },
    { whenState: "isHighlighted", then: { focusLit: 1, labelDepth: "topNodes" } },
    { whenState: "isHovered", then: focusLook },
    { whenState: "isSelected", then: { ...focusLook, backdropBorderColor: "#212529", backdropBorderWidth: 2 } },
    // Last, so no size rule overrides it: size 0 is how the edge program's filter mask
    // (filters/mask.ts) learns that an edge's end is hidden.
    { whenState: "isHidden", then: { visibility: "hidden", size: 0 } },
  ];
}

/** Pixel sizes a node can take in a time window: half-pixel steps over the size range. */
export function windowSizeSteps(settings: AppearanceSettings): number[] {
  const steps: number[] = [];
  for (let px = settings.minNodeSize; px <= settings.maxNodeSize + 1e-9; px += 0.5) steps.push(Math.round(px * 2) / 2);
  return steps;
}

/** The windowSize state for a pixel size (rounded to the nearest step). */
export function windowSizeKey(px: number): string {
  return `s${(Math.round(px * 2) / 2).toFixed(1)}`;
}

/** Thicknesses a link can take in a time window: tenth-pixel steps over every kind's range (links are thin). */
export function edgeWindowSizeSteps(settings: AppearanceSettings): number[] {
  const kinds = Object.values(settings.edges);
  const lo = Math.round(Math.min(...kinds.map((k) => k.minSize)) * 10);
  const hi = Math.round(Math.max(...kinds.map((k) => k.maxSize)) * 10);
  const steps: number[] = [];
  for (let t = lo; t <= hi; t++) steps.push(t / 10);
  return steps;
}

/** A link's windowSize state for a thickness (rounded to the nearest tenth of a pixel). */
export function edgeWindowSizeKey(px: number): string {
  return `e${(Math.round(px * 10) / 10).toFixed(1)}`;
}

/**
 * Edges: kind decides colour, arrow head and dash (co-occurrence light and plain, quote a
 * coloured arrow, cites a dashed arrow); weight decides thickness (in a time window, the
 * weight inside it, through the windowSize state); parallel links of one pair take curved
 * paths drawn apart.
 */
export function edgeStyles(graph: DataGraph, settings: AppearanceSettings): ViewerEdgeStyles {
  const sizes = edgeSizeBindings(graph, settings);
  const look = settings.edges;
  const byKind = <T>(pick: (kind: EdgeKind) => T, fallback: T) => ({
    attribute: "kind",
    dict: { cooccurrence: pick("cooccurrence"), quote: pick("quote"), cites: pick("cites") },
    defaultValue: fallback,
  });
  return [
    {
      color: byKind((k) => look[k].color, look.cooccurrence.color),
      // The plain layer draws solid kinds; dashed kinds let it go transparent.
      plainColor: byKind((k) => (look[k].dash > 0 ? TRANSPARENT : look[k].color), look.cooccurrence.color),
      dashSize: byKind((k) => look[k].dash, 0),
      head: byKind((k) => (look[k].arrow ? "arrow" : "none"), "none"),
      path: "straight",
      parallelPath: "curved",
      parallelSpread: settings.parallelSpread,
      // What the filters test, read by the edge program's mask: edges are filtered on the GPU.
      ...maskStyle(graph),
    },
    {
      matchData: "kind",
      cases: { cooccurrence: { size: sizes.cooccurrence }, quote: { size: sizes.quote }, cites: { size: sizes.cites } },
    },
    { matchState: "windowSize", cases: Object.fromEntries(edgeWindowSizeSteps(settings).map((px) => [edgeWindowSizeKey(px), { size: px }])) },
    // Hovered (it can be clicked for its evidence) or selected: darker and thicker, dashes kept.
    ...(["isHovered", "isSelected"] as const).map((state) => ({
      whenState: state,
      then: {
        color: settings.edgeFocusColor,
        plainColor: byKind((k) => (look[k].dash > 0 ? TRANSPARENT : settings.edgeFocusColor), settings.edgeFocusColor),
        size: byKind((k) => look[k].maxSize + 1, look.cooccurrence.maxSize + 1),
        depth: "topNodes" as const,
      },
    })),
    // A link out of a time window whose first–last span still overlaps it: the GPU mask (which
    // tests the span) would draw it, so it is hidden through its state (timeline/).
    { whenState: "isHidden", then: { visibility: "hidden" } },
  ];
}
