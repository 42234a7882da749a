import { GRAPH_DEFAULTS, TYPE_COLORS } from "../../../src/graph/defaults.js";
import type { EdgeKind } from "../graph/types.js";

export type SizeMetric = "mentions" | "pagerank" | "degree";
export const SIZE_METRICS: readonly SizeMetric[] = ["mentions", "pagerank", "degree"];

export type ColorMode = "type" | "community";
export const COLOR_MODES: readonly ColorMode[] = ["type", "community"];

export interface EdgeKindLook {
  color: string;
  /** Thickness in pixels for the lightest and the heaviest link. */
  minSize: number;
  maxSize: number;
  arrow: boolean;
  /** Dash length in pixels; 0 draws a solid line. */
  dash: number;
}

/** Every appearance choice of the viewer, with its default in DEFAULT_APPEARANCE. */
export interface AppearanceSettings {
  typeColors: Record<string, string>;
  /** Colour of an entity type the viewer does not know, and of the communities past the palette. */
  otherColor: string;
  colorBy: ColorMode;
  /** The largest communities get these colours, in order of size; the rest otherColor. */
  communityColors: string[];
  /** Node radius in pixels for the smallest and the largest value of the size metric. */
  minNodeSize: number;
  maxNodeSize: number;
  sizeBy: SizeMetric;
  edges: Record<EdgeKind, EdgeKindLook>;
  /** A hovered or selected link's colour. */
  edgeFocusColor: string;
  /** Gap between dashes, in pixels. */
  dashGap: number;
  /** How far apart parallel edges between one pair are drawn (sigma's parallelSpread). */
  parallelSpread: number;
  /** How far what lies outside the hovered or selected neighbourhood fades towards the background (0–1). */
  fadeOpacity: number;
  /** Stage background, "#rrggbb"; also what unfocused items fade towards. */
  background: string;
  labelColor: string;
  labelSize: number;
  labelFont: string;
  /** Labels on screen when the user has not chosen: null scales with the stage (labels/place.ts). */
  labelBudget: number | null;
}

// Type colours and node sizes come from the build (src/graph/defaults.ts), so graph.gexf, the
// canvas and the viewer's exports agree.
export const DEFAULT_APPEARANCE: Readonly<AppearanceSettings> = Object.freeze({
  typeColors: { ...TYPE_COLORS },
  otherColor: "#495057",
  colorBy: "type",
  // Tableau 10 (a colour-blind-aware palette), darkened where it lacked contrast on white.
  communityColors: ["#4e79a7", "#e15759", "#59a14f", "#b07aa1", "#f28e2b", "#76b7b2", "#9c755f", "#d37295", "#8a8d2f", "#6b5ca5"],
  minNodeSize: GRAPH_DEFAULTS.minSize,
  maxNodeSize: GRAPH_DEFAULTS.maxSize,
  sizeBy: "mentions",
  edges: {
    cooccurrence: { color: "#adb5bd", minSize: 0.6, maxSize: 3, arrow: false, dash: 0 },
    quote: { color: "#e8590c", minSize: 1.2, maxSize: 4, arrow: true, dash: 0 },
    cites: { color: "#6741d9", minSize: 1.2, maxSize: 3.5, arrow: true, dash: 6 },
  },
  edgeFocusColor: "#212529",
  dashGap: 4,
  parallelSpread: 0.35,
  fadeOpacity: 0.75,
  background: "#ffffff",
  labelColor: "#212529",
  labelSize: 13,
  labelFont: "system-ui, sans-serif",
  labelBudget: null,
});

export function resolveAppearance(partial: Partial<AppearanceSettings> = {}): AppearanceSettings {
  return {
    ...DEFAULT_APPEARANCE,
    ...partial,
    typeColors: { ...DEFAULT_APPEARANCE.typeColors, ...partial.typeColors },
    edges: { ...DEFAULT_APPEARANCE.edges, ...partial.edges },
  };
}
