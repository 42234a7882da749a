import type { CameraState } from "sigma/types";

/** What fitting needs of sigma (any sigma instance): all public calls. */
export interface FitSource {
  getGraph(): { hasNode(key: string): boolean; getNodeAttributes(key: string): { x: number; y: number } };
  getNodeDisplayData(key: string): { size: number } | undefined;
  getCamera(): { getState(): CameraState; animate(state: Partial<CameraState>, options?: { duration?: number }): Promise<void> | void; setState(state: Partial<CameraState>): void };
  getDimensions(): { width: number; height: number };
  graphToFramedGraph(at: { x: number; y: number }): { x: number; y: number };
  framedGraphToViewport(at: { x: number; y: number }, override?: { cameraState?: CameraState }): { x: number; y: number };
  viewportToFramedGraph(at: { x: number; y: number }, override?: { cameraState?: CameraState }): { x: number; y: number };
  scaleSize(size?: number, ratio?: number): number;
}

/** Nodes' box in graph coordinates, and the display size of the largest of their discs. */
export interface NodeBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
}

function extendBox(box: NodeBox, at: { x: number; y: number }): void {
  if (at.x < box.x0) box.x0 = at.x;
  if (at.x > box.x1) box.x1 = at.x;
  if (at.y < box.y0) box.y0 = at.y;
  if (at.y > box.y1) box.y1 = at.y;
}

const emptyBox = (): NodeBox => ({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, size: 0 });

/**
 * The box of a few nodes (a node and its neighbours): positions from the graph, sizes from
 * sigma's display data, a copy per node (for all the shown nodes of a large graph, maskedBox).
 */
export function boxOf(sigma: FitSource, keys: Iterable<string>): NodeBox {
  const graph = sigma.getGraph();
  const box = emptyBox();
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    extendBox(box, graph.getNodeAttributes(key));
    box.size = Math.max(box.size, sigma.getNodeDisplayData(key)?.size ?? 0);
  }
  return box;
}

/**
 * The box of the nodes whose byte is set in `mask` (`keys` in mask order), with `size` the
 * display size of the largest of their discs: one pass, positions from the graph, for the
 * thousands of nodes a filter shows.
 */
export function maskedBox(sigma: FitSource, keys: readonly string[], mask: Uint8Array, size: number): NodeBox {
  const graph = sigma.getGraph();
  const box = emptyBox();
  // Read from the graph each time: a layout replaces the nodes' attribute objects.
  for (let i = 0; i < mask.length; i++) if (mask[i]) extendBox(box, graph.getNodeAttributes(keys[i]!));
  box.size = size;
  return box;
}

export interface FitOptions {
  /** Pixels kept free around the nodes. */
  padding: number;
  /** Pixels hidden at the bottom of the stage (the narrow-screen drawer). */
  coveredBottom: number;
  /** Never zoom in further than this ratio (one node alone would fill the screen). */
  minRatio: number;
  duration: number;
}

const DEFAULTS: FitOptions = { padding: 40, coveredBottom: 0, minRatio: 0.08, duration: 400 };

/**
 * The camera that shows every node of the box, discs included, inside the stage (less the
 * covered part), as large as that allows. Sigma's normalised frame is not isotropic (its
 * correction depends on the stage's shape), so the ratio is found by checking corners where
 * they land. Graph to frame is a scale and a shift on each axis, so the box's corners are
 * the frame's.
 */
export function cameraFor(sigma: FitSource, nodes: NodeBox | Iterable<string>, options: Partial<FitOptions> = {}): CameraState | null {
  const opts = { ...DEFAULTS, ...options };
  const box = isBox(nodes) ? nodes : boxOf(sigma, nodes);
  if (!Number.isFinite(box.x0) || !Number.isFinite(box.y0)) return null;
  const { x: x0, y: y0 } = sigma.graphToFramedGraph({ x: box.x0, y: box.y0 });
  const { x: x1, y: y1 } = sigma.graphToFramedGraph({ x: box.x1, y: box.y1 });
  // Scaling is linear in the size: the largest disc scaled once, not every node's.
  const radius = sigma.scaleSize(box.size, 1);
  const { width, height } = sigma.getDimensions();
  const usable = { width: width - 2 * (opts.padding + radius), height: height - opts.coveredBottom - 2 * (opts.padding + radius) };
  if (usable.width <= 0 || usable.height <= 0) return null;
  const base = sigma.getCamera().getState();
  const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  // Extent on screen at ratio 1, centred: extents scale linearly with 1 / ratio.
  const probe: CameraState = { ...base, ...centre, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: x0, y: y0 }, { cameraState: probe });
  const b = sigma.framedGraphToViewport({ x: x1, y: y1 }, { cameraState: probe });
  const spanX = Math.abs(b.x - a.x);
  const spanY = Math.abs(b.y - a.y);
  const ratio = Math.max(opts.minRatio, spanX / usable.width, spanY / usable.height);
  let state: CameraState = { ...probe, ratio };
  if (opts.coveredBottom > 0) {
    // Centre in the part of the stage the drawer leaves visible.
    const shifted = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 + opts.coveredBottom / 2 }, { cameraState: state });
    state = { ...state, x: shifted.x, y: shifted.y };
  }
  return state;
}

function isBox(nodes: NodeBox | Iterable<string>): nodes is NodeBox {
  return typeof (nodes as NodeBox).x0 === "number";
}

/** Animates the camera onto the nodes; resolves when it is there. */
export async function fitCamera(sigma: FitSource, nodes: NodeBox | Iterable<string>, options: Partial<FitOptions> = {}): Promise<void> {
  const state = cameraFor(sigma, nodes, options);
  if (!state) return;
  await sigma.getCamera().animate(state, { duration: options.duration ?? DEFAULTS.duration });
}
