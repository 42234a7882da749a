import type { CameraState } from "sigma/types";
import { nodeDisplay } from "../appearance/display.js";

/** What fitting needs of sigma (any sigma instance). */
export interface FitSource {
  getNodeDisplayData(key: string): { x: number; y: number; size: number; visibility?: string } | undefined;
  getCamera(): { getState(): CameraState; animate(state: Partial<CameraState>, options?: { duration?: number }): Promise<void> | void; setState(state: Partial<CameraState>): void };
  getDimensions(): { width: number; height: number };
  framedGraphToViewport(at: { x: number; y: number }, override?: { cameraState?: CameraState }): { x: number; y: number };
  viewportToFramedGraph(at: { x: number; y: number }, override?: { cameraState?: CameraState }): { x: number; y: number };
  scaleSize(size?: number, ratio?: number): number;
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
 * The camera that shows every given node, discs included, inside the stage (less the covered
 * part), as large as that allows. Sigma's normalised frame is not isotropic (its correction
 * depends on the stage's shape), so the ratio is found by checking corners where they land.
 */
export function cameraFor(sigma: FitSource, keys: Iterable<string>, options: Partial<FitOptions> = {}): CameraState | null {
  const opts = { ...DEFAULTS, ...options };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  let size = 0;
  for (const key of keys) {
    const d = nodeDisplay(sigma, key);
    if (!d) continue;
    x0 = Math.min(x0, d.x);
    x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y);
    y1 = Math.max(y1, d.y);
    size = Math.max(size, d.size);
  }
  if (!Number.isFinite(x0)) return null;
  // Scaling is linear in the size: the largest disc scaled once, not every node's.
  const radius = sigma.scaleSize(size, 1);
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

/** Animates the camera onto the nodes; resolves when it is there. */
export async function fitCamera(sigma: FitSource, keys: Iterable<string>, options: Partial<FitOptions> = {}): Promise<void> {
  const state = cameraFor(sigma, keys, options);
  if (!state) return;
  await sigma.getCamera().animate(state, { duration: options.duration ?? DEFAULTS.duration });
}
