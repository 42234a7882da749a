import type { ViewerSigma } from "../appearance/styles.js";
import { isCameraMoving } from "../camera/index.js";
import type { DataGraph } from "../graph/types.js";
import type { FocusLayers } from "../appearance/focus-layer.js";

export interface Highlighter {
  setSelected(key: string | null): void;
  /** Recomputes the neighbourhood after the filters changed. */
  refresh(): void;
}

/**
 * Focuses the hovered node, else the selected one: the node and the neighbours its shown links
 * reach keep their colours (isHighlighted), everything else is blended towards the background
 * on the GPU (focus.ts), and `onFocus` hears the focused node (labels/ then labels it and its
 * strongest neighbours). Only items whose state changes are touched, and the changes of one
 * task are applied once: the pointer going from one node to the next (leave, then enter)
 * costs the difference between two neighbourhoods, not two of them.
 */
export function createHighlighter(
  sigma: ViewerSigma,
  graph: DataGraph,
  focus: FocusLayers,
  isEdgeShown: (edge: string) => boolean,
  onFocus: (key: string | null) => void,
): Highlighter {
  let hovered: string | null = null;
  let selected: string | null = null;
  let focused: string | null = null;
  let lit = new Set<string>();
  let pending = false;

  const apply = () => {
    pending = false;
    const key = hovered ?? selected;
    const previous = focused;
    focused = key !== null && graph.hasNode(key) ? key : null;
    const nextLit = new Set<string>();
    if (focused !== null) {
      nextLit.add(focused);
      graph.forEachEdge(focused, (edge, _a, source, target) => {
        if (isEdgeShown(edge)) nextLit.add(source === focused ? target : source);
      });
    }
    const off = [...lit].filter((k) => !nextLit.has(k) && graph.hasNode(k));
    const on = [...nextLit].filter((k) => !lit.has(k));
    if (off.length) sigma.setNodesState(off, { isHighlighted: false });
    if (on.length) sigma.setNodesState(on, { isHighlighted: true });
    lit = nextLit;
    onFocus(focused);
    // States schedule their own frame; the focus uniforms are outside sigma's knowledge.
    if (focused !== previous) {
      focus.setFocus(focused === null ? null : sigma.getNodeDisplayData(focused) ?? null);
      sigma.scheduleRender();
    }
  };

  const schedule = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(apply);
  };

  sigma.on("enterNode", ({ node }) => {
    // Nodes slide under a still cursor while the camera pans or zooms: lighting up each
    // neighbourhood on the way would cost a re-style per frame for nothing anyone asked for.
    if (isCameraMoving(sigma)) return;
    hovered = node;
    schedule();
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    schedule();
  });
  // The focused node moves when a layout runs; the edge test follows it.
  sigma.on("afterTexturesUpload", () => {
    if (focused !== null) focus.setFocus(sigma.getNodeDisplayData(focused) ?? null);
  });

  return {
    setSelected(key) {
      selected = key;
      schedule();
    },
    refresh: schedule,
  };
}
