import type { ViewerSigma } from "../appearance/styles.js";
import { isCameraMoving } from "../camera/index.js";
import { flatten } from "../graph/flat.js";
import type { DataGraph } from "../graph/types.js";

export interface EdgePicker {
  /** The shown link nearest to a point of the stage (CSS pixels), within the pick radius. */
  pickAt(x: number, y: number): string | null;
  /** The link under the pointer now, or null. */
  hovered(): string | null;
}

export interface EdgePickerOptions {
  /** How far from a link's line the pointer still picks it, in pixels. */
  radius: number;
  /** The pointer must rest this long before links are searched (a hover, not a sweep). */
  restMs: number;
}

const DEFAULTS: EdgePickerOptions = { radius: 5, restMs: 120 };

/**
 * Links answer hover and click, picked on the CPU among the links the filters show. Not sigma's
 * edge events: those draw every edge again into a picking buffer each frame and read it back
 * (a GPU stall per pointer move; over a second per move with software WebGL), and they pick
 * links the viewer's GPU filter hides, since that filter runs in the visible pass only. Here a
 * pick is one pass over the shown links' ends on screen, run when the pointer rests away from a
 * node; the link under it gets the isHovered state (appearance/rules.ts draws it darker).
 */
export function createEdgePicker(
  sigma: ViewerSigma,
  graph: DataGraph,
  shown: () => Uint8Array | null,
  isNodeHovered: () => boolean,
  options: Partial<EdgePickerOptions> = {},
): EdgePicker {
  const opts = { ...DEFAULTS, ...options };
  const flat = flatten(graph);
  const container = sigma.getContainer();
  let current: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A pick is a pass over every shown link: not while the view moves (a drag, a wheel zoom),
  // only once the pointer and the camera have both rested.
  let cameraMovedAt = 0;
  sigma.getCamera().on("updated", () => {
    cameraMovedAt = performance.now();
    clearTimeout(timer);
  });

  const pickAt = (x: number, y: number): string | null => {
    const mask = shown();
    const px = new Float64Array(flat.nodes.length);
    const py = new Float64Array(flat.nodes.length);
    const seen = new Uint8Array(flat.nodes.length);
    const at = (i: number) => {
      if (!seen[i]) {
        // The graph's position through sigma's public conversion (display data is readable only
        // as a copy per node), read from the graph: a layout replaces the attribute objects.
        const p = sigma.graphToViewport(graph.getNodeAttributes(flat.nodes[i]!));
        px[i] = p.x;
        py[i] = p.y;
        seen[i] = 1;
      }
    };
    let best: string | null = null;
    let bestDistance = opts.radius;
    for (let e = 0; e < flat.edges.length; e++) {
      if (mask && !mask[e]) continue;
      const s = flat.sources[e]!;
      const t = flat.targets[e]!;
      at(s);
      at(t);
      const distance = segmentDistance(x, y, px[s]!, py[s]!, px[t]!, py[t]!);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = flat.edges[e]!;
      }
    }
    return best;
  };

  const setHovered = (edge: string | null) => {
    if (edge === current) return;
    if (current !== null && graph.hasEdge(current)) sigma.setEdgeState(current, { isHovered: false });
    current = edge;
    if (edge !== null) sigma.setEdgeState(edge, { isHovered: true });
  };

  container.addEventListener("mousemove", (event) => {
    clearTimeout(timer);
    const box = container.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    timer = setTimeout(() => {
      if (isNodeHovered() || isCameraMoving(sigma) || performance.now() - cameraMovedAt < 2 * opts.restMs) return setHovered(null);
      setHovered(pickAt(x, y));
    }, opts.restMs);
  });
  container.addEventListener("mouseleave", () => {
    clearTimeout(timer);
    setHovered(null);
  });

  return { pickAt, hovered: () => current };
}

/** Distance from (x, y) to the segment from (ax, ay) to (bx, by). */
export function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
