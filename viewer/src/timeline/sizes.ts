import { edgeWindowSizeKey, windowSizeKey } from "../appearance/rules.js";
import { edgeSizeBindings, resolveSize } from "../appearance/scale.js";
import type { AppearanceSettings, SizeMetric } from "../appearance/settings.js";
import type { ViewerSigma } from "../appearance/styles.js";
import type { FilterResult } from "../filters/types.js";
import { flatten } from "../graph/flat.js";
import type { DataGraph } from "../graph/types.js";
import { EDGE_KINDS } from "../graph/types.js";

export interface WindowSizes {
  /** Sizes for a filter result: inside its time window, or the dataset's own when it has none. */
  apply(result: FilterResult, sizeBy: SizeMetric): void;
}

/**
 * In a time window, node sizes follow the mentions inside it (scaled to the window's most
 * mentioned node, when sizes are by mentions) and link thickness the weight inside it (on the
 * dataset's thickness scale, so the legend's thickness key still reads true). Both go through
 * the windowSize state (appearance/rules.ts): styles stay bindings, and only the items whose
 * rounded size changes are touched. Items the filters hide keep their state until shown.
 */
export function createWindowSizes(sigma: ViewerSigma, graph: DataGraph, appearance: AppearanceSettings): WindowSizes {
  const flat = flatten(graph);
  const nodeKeys: string[] = new Array<string>(flat.nodes.length).fill("");
  const edgeKeys: string[] = new Array<string>(flat.edges.length).fill("");
  const bindings = edgeSizeBindings(graph, appearance);
  const edgeBinding = EDGE_KINDS.map((k) => bindings[k]);
  // Whether any item holds a window size: without a window, nothing then needs a pass.
  let sized = false;

  /** Sets `keys[i] = want(i)` where it differs, one sigma call per distinct value. */
  const update = (keys: string[], want: (i: number) => string, set: (items: string[], value: string) => void, items: string[]) => {
    const groups = new Map<string, string[]>();
    for (let i = 0; i < keys.length; i++) {
      const value = want(i);
      if (value === keys[i]) continue;
      keys[i] = value;
      (groups.get(value) ?? groups.set(value, []).get(value)!).push(items[i]!);
    }
    for (const [value, changed] of groups) set(changed, value);
  };

  return {
    apply(result, sizeBy) {
      const w = result.window;
      if (!w && !sized) return;
      sized = w !== null;
      let want = (_i: number) => "";
      if (w && sizeBy === "mentions") {
        let max = 0;
        for (let i = 0; i < flat.nodes.length; i++) if (result.nodeMask[i] && w.nodeMentions[i]! > max) max = w.nodeMentions[i]!;
        const binding = { attribute: "mentions", defaultValue: appearance.minNodeSize, min: appearance.minNodeSize, max: appearance.maxNodeSize, minValue: 0, maxValue: Math.max(max, 1), easing: Math.sqrt };
        want = (i) => (result.nodeMask[i] ? windowSizeKey(resolveSize(binding, w.nodeMentions[i]!)) : nodeKeys[i]!);
      }
      update(nodeKeys, want, (keys, windowSize) => sigma.setNodesState(keys, { windowSize }), flat.nodes);
      const wantEdge = w
        ? (i: number) => (result.edgeMask[i] ? edgeWindowSizeKey(resolveSize(edgeBinding[flat.kinds[i]!]!, w.edgeWeights[i]!)) : edgeKeys[i]!)
        : () => "";
      update(edgeKeys, wantEdge, (keys, windowSize) => sigma.setEdgesState(keys, { windowSize }), flat.edges);
    },
  };
}
