import type { ViewerSigma } from "../appearance/styles.js";
import { flatten } from "../graph/flat.js";
import type { DataGraph } from "../graph/types.js";
import { dayNumber, type EdgeMask } from "../appearance/mask-layer.js";
import { EDGE_KINDS } from "../graph/types.js";
import type { FilterResult, FilterSettings } from "./types.js";
import { nodeDisplay } from "../appearance/display.js";

export interface VisibilitySync {
  /** Shows a filter result: hidden nodes as sigma states, hidden edges through the mask. */
  apply(result: FilterResult, settings: FilterSettings): void;
}

/**
 * Pushes filter results into one sigma instance. Nodes that change get the isHidden state
 * (their labels, picking and hover go with it); edges get nothing per edge: the mask's
 * uniforms and the hidden nodes' size 0 decide on the GPU.
 *
 * One catch: when sigma reprocesses its buffers (a layout moved nodes, say) it leaves out the
 * edges of nodes hidden at that moment, and showing those nodes again through their state
 * does not bring the edges back. The nodes hidden at the last reprocess are remembered, and
 * when one is shown again its edges are rewritten — rare, and only those edges.
 */
export function createVisibilitySync(sigma: ViewerSigma, graph: DataGraph, mask: EdgeMask): VisibilitySync {
  const flat = flatten(graph);
  let shown: Uint8Array = new Uint8Array(flat.nodes.length).fill(1);
  let dropped = new Set<string>();
  // Links the mask would draw but a time window rules out (see windowOnly).
  let hiddenEdges = new Set<string>();
  const firstDay = Float64Array.from(flat.edgeAttributes, (a) => dayNumber(a.firstDate));
  const lastDay = Float64Array.from(flat.edgeAttributes, (a) => dayNumber(a.lastDate));

  /**
   * The mask tests a link's first–last span against the window, and its total weight against
   * the minimum; the filters count what the window holds. The links the two disagree on (a span
   * over the window with nothing inside it, a weight that only the total reaches) are few, and
   * are hidden through their state.
   */
  const windowOnly = (result: FilterResult, settings: FilterSettings): Set<string> => {
    const out = new Set<string>();
    if (settings.dateFrom === null && settings.dateTo === null) return out;
    const from = dayNumber(settings.dateFrom);
    const to = dayNumber(settings.dateTo);
    const hiddenKinds = EDGE_KINDS.map((k) => settings.hiddenKinds.includes(k));
    for (let i = 0; i < flat.edges.length; i++) {
      if (result.edgeMask[i] || hiddenKinds[flat.kinds[i]!]) continue;
      if (!result.nodeMask[flat.sources[i]!] || !result.nodeMask[flat.targets[i]!]) continue;
      if (flat.edgeAttributes[i]!.weight < settings.minEdgeWeight) continue;
      const start = firstDay[i] || lastDay[i]!;
      const end = lastDay[i] || firstDay[i]!;
      if (start > 0 && ((from > 0 && end < from) || (to > 0 && start > to))) continue;
      out.add(flat.edges[i]!);
    }
    return out;
  };

  const restore = (nodes: string[]) => {
    const edges: string[] = [];
    for (const node of nodes) graph.forEachEdge(node, (edge) => void edges.push(edge));
    sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
  };

  sigma.on("afterProcess", () => {
    dropped = new Set();
    // States set in the frame of this reprocess are applied right after it: nodes about to be
    // shown lost their edges all the same.
    const showing: string[] = [];
    for (let i = 0; i < flat.nodes.length; i++) {
      const key = flat.nodes[i]!;
      if (nodeDisplay(sigma, key)?.visibility !== "hidden") continue;
      if (shown[i]) showing.push(key);
      else dropped.add(key);
    }
    if (showing.length) sigma.once("afterRender", () => restore(showing));
  });

  return {
    apply(result, settings) {
      const hide: string[] = [];
      const show: string[] = [];
      const next = result.nodeMask;
      for (let i = 0; i < next.length; i++) {
        if (next[i] !== shown[i]) (next[i] ? show : hide).push(flat.nodes[i]!);
      }
      if (hide.length) sigma.setNodesState(hide, { isHidden: true });
      if (show.length) sigma.setNodesState(show, { isHidden: false });
      shown = next;
      const back = show.filter((key) => dropped.delete(key));
      if (back.length) restore(back);
      const nextHidden = windowOnly(result, settings);
      const unhide = [...hiddenEdges].filter((k) => !nextHidden.has(k));
      const hideEdges = [...nextHidden].filter((k) => !hiddenEdges.has(k));
      if (unhide.length) sigma.setEdgesState(unhide, { isHidden: false });
      if (hideEdges.length) sigma.setEdgesState(hideEdges, { isHidden: true });
      hiddenEdges = nextHidden;
      mask.update(settings);
      // The mask's uniforms are outside sigma's knowledge: ask for the frame that uses them.
      sigma.scheduleRender();
    },
  };
}
