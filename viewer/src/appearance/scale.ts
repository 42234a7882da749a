import type { DataGraph, EdgeKind, NodeAttributes } from "../graph/types.js";
import type { AppearanceSettings, SizeMetric } from "./settings.js";
import { SIZE_METRICS } from "./settings.js";

export type NodeSizer = (attributes: NodeAttributes) => number;
export type EdgeSizer = (kind: EdgeKind, weight: number) => number;

/**
 * One size function per metric, fitted to the dataset's range. Area grows with the value
 * (square root on the radius), so a node with four times the mentions looks four times as big.
 */
export function nodeSizers(graph: DataGraph, settings: AppearanceSettings): Record<SizeMetric, NodeSizer> {
  const out = {} as Record<SizeMetric, NodeSizer>;
  for (const metric of SIZE_METRICS) {
    let min = Infinity;
    let max = -Infinity;
    graph.forEachNode((_k, a) => {
      const v = a[metric];
      if (v < min) min = v;
      if (v > max) max = v;
    });
    out[metric] = linearArea(min, max, settings.minNodeSize, settings.maxNodeSize, (a) => a[metric]);
  }
  return out;
}

function linearArea(min: number, max: number, lo: number, hi: number, read: (a: NodeAttributes) => number): NodeSizer {
  const span = max - min;
  if (!Number.isFinite(span) || span <= 0) return () => (lo + hi) / 2;
  return (a) => lo + (hi - lo) * Math.sqrt(Math.max(0, Math.min(1, (read(a) - min) / span)));
}

/** Edge thickness by weight within each kind's pixel range, on a log scale (weights are long-tailed). */
export function edgeSizer(graph: DataGraph, settings: AppearanceSettings): EdgeSizer {
  let maxWeight = 1;
  graph.forEachEdge((_k, a) => {
    if (a.weight > maxWeight) maxWeight = a.weight;
  });
  const denominator = Math.log(maxWeight) || 1;
  return (kind, weight) => {
    const look = settings.edges[kind];
    const t = Math.max(0, Math.min(1, Math.log(Math.max(weight, 1)) / denominator));
    return look.minSize + (look.maxSize - look.minSize) * t;
  };
}
