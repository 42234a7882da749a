import type { DataGraph, EdgeKind } from "../graph/types.js";
import type { AppearanceSettings, SizeMetric } from "./settings.js";
import { SIZE_METRICS } from "./settings.js";

/** Sigma's numerical attribute binding: `attribute` in [minValue, maxValue] → [min, max] through `easing`. */
export interface SizeBinding {
  attribute: string;
  defaultValue: number;
  min: number;
  max: number;
  minValue: number;
  maxValue: number;
  easing: (t: number) => number;
}

/** Area grows with the value: a node with four times the mentions looks four times as big. */
export const areaEasing = (t: number): number => Math.sqrt(t);

/** Link weights are long-tailed: thickness follows the logarithm of the weight. */
export function logEasing(maxWeight: number): (t: number) => number {
  if (maxWeight <= 1) return (t) => t;
  const denominator = Math.log(maxWeight);
  // t is (weight - 1) / (maxWeight - 1); thickness follows log(weight) / log(maxWeight).
  return (t) => Math.log(1 + t * (maxWeight - 1)) / denominator;
}

/**
 * One size binding per metric, fitted to the dataset's range. Bindings, not functions, so sigma
 * can tell the styles depend on attributes only and skip re-styling when the camera moves.
 */
export function nodeSizeBindings(graph: DataGraph, settings: AppearanceSettings): Record<SizeMetric, SizeBinding> {
  const out = {} as Record<SizeMetric, SizeBinding>;
  for (const metric of SIZE_METRICS) {
    let min = Infinity;
    let max = -Infinity;
    graph.forEachNode((_k, a) => {
      const v = a[metric];
      if (v < min) min = v;
      if (v > max) max = v;
    });
    if (!(max > min)) {
      // One value for all: a middle size, not the smallest.
      min = 0;
      max = Math.max(max, 0) * 2 || 1;
    }
    out[metric] = {
      attribute: metric,
      defaultValue: settings.minNodeSize,
      min: settings.minNodeSize,
      max: settings.maxNodeSize,
      minValue: min,
      maxValue: max,
      easing: areaEasing,
    };
  }
  return out;
}

/** Thickness by weight within each kind's pixel range. */
export function edgeSizeBindings(graph: DataGraph, settings: AppearanceSettings): Record<EdgeKind, SizeBinding> {
  let maxWeight = 1;
  graph.forEachEdge((_k, a) => {
    if (a.weight > maxWeight) maxWeight = a.weight;
  });
  const easing = logEasing(maxWeight);
  const binding = (kind: EdgeKind): SizeBinding => ({
    attribute: "weight",
    defaultValue: settings.edges[kind].minSize,
    min: settings.edges[kind].minSize,
    max: settings.edges[kind].maxSize,
    minValue: 1,
    maxValue: Math.max(maxWeight, 1 + 1e-9),
    easing,
  });
  return { cooccurrence: binding("cooccurrence"), quote: binding("quote"), cites: binding("cites") };
}

/** What sigma does with a SizeBinding, for tests and for anyone sizing outside sigma. */
export function resolveSize(binding: SizeBinding, value: number): number {
  const span = binding.maxValue - binding.minValue;
  const t = span > 0 ? Math.max(0, Math.min(1, (value - binding.minValue) / span)) : 0;
  return binding.min + binding.easing(t) * (binding.max - binding.min);
}
