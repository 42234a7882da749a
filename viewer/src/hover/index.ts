import type { ViewerSigma } from "../appearance/styles.js";
import { isCameraMoving } from "../camera/index.js";
import type { DataGraph } from "../graph/types.js";
import type { FadeLayer } from "./fade.js";

export interface Highlighter {
  setSelected(key: string | null): void;
  /** Recomputes the neighbourhood after the filters changed. */
  refresh(): void;
}

/**
 * Highlights the focused node (the hovered one, else the selected one), its neighbours and the
 * links between them through sigma's isHighlighted state, which lifts them above the fade
 * layer that veils everything else. Only links the filters let through count, and only the
 * changed items get a new state, so a hover on a 50,000-edge graph touches a neighbourhood,
 * not the graph.
 */
export function createHighlighter(sigma: ViewerSigma, graph: DataGraph, fade: FadeLayer, isEdgeShown: (edge: string) => boolean): Highlighter {
  let hovered: string | null = null;
  let selected: string | null = null;
  let nodes = new Set<string>();
  let edges = new Set<string>();

  const apply = () => {
    const focus = hovered ?? selected;
    const nextNodes = new Set<string>();
    const nextEdges = new Set<string>();
    if (focus !== null && graph.hasNode(focus)) {
      nextNodes.add(focus);
      graph.forEachEdge(focus, (edge, _a, source, target) => {
        if (!isEdgeShown(edge)) return;
        nextEdges.add(edge);
        nextNodes.add(source === focus ? target : source);
      });
    }
    const offNodes = [...nodes].filter((k) => !nextNodes.has(k) && graph.hasNode(k));
    const onNodes = [...nextNodes].filter((k) => !nodes.has(k));
    const offEdges = [...edges].filter((k) => !nextEdges.has(k) && graph.hasEdge(k));
    const onEdges = [...nextEdges].filter((k) => !edges.has(k));
    if (offNodes.length) sigma.setNodesState(offNodes, { isHighlighted: false });
    if (onNodes.length) sigma.setNodesState(onNodes, { isHighlighted: true });
    if (offEdges.length) sigma.setEdgesState(offEdges, { isHighlighted: false });
    if (onEdges.length) sigma.setEdgesState(onEdges, { isHighlighted: true });
    nodes = nextNodes;
    edges = nextEdges;
    fade.setActive(nextNodes.size > 0);
  };

  sigma.on("enterNode", ({ node }) => {
    // Nodes slide under a still cursor while the camera pans or zooms: lighting up each
    // neighbourhood on the way would cost a re-style per frame for nothing anyone asked for.
    if (isCameraMoving(sigma)) return;
    hovered = node;
    apply();
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    apply();
  });

  return {
    setSelected(key) {
      selected = key;
      apply();
    },
    refresh: apply,
  };
}
