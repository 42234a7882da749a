import { isCameraMoving, type CameraSource } from "./moving.js";

/** What the rest watch needs of sigma: the moving test's parts and the camera's updates. */
export interface RestSource extends CameraSource {
  getCamera(): ReturnType<CameraSource["getCamera"]> & { on(event: "updated", listener: () => void): unknown; off(event: "updated", listener: () => void): unknown };
}

/** How long the camera must not move before it is at rest, at least. */
export const REST_MS = 350;
// Gaps between two camera updates longer than this start a new move; they say nothing of the frame rate.
const MAX_FRAME_MS = 1000;

/**
 * Calls `listener` once each time the camera comes to rest: no drag, wheel zoom or animation
 * under way, and no camera update for REST_MS or for three times the gap between its last two
 * updates, whichever is longer. A slow renderer (software WebGL draws a frame in 100–300 ms)
 * leaves gaps of a frame inside one move; a fixed delay took them for rests, and the work kept
 * for rests (placing labels, writing the address) ran inside the move. Returns an unsubscribe.
 */
export function onCameraRest(sigma: RestSource, listener: () => void, restMs = REST_MS): () => void {
  let last = 0;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (isCameraMoving(sigma)) timer = setTimeout(check, restMs);
    else listener();
  };
  const updated = () => {
    const now = performance.now();
    const gap = now - last;
    frame = gap < MAX_FRAME_MS ? gap : 0;
    last = now;
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(restMs, 3 * frame));
  };
  const camera = sigma.getCamera();
  camera.on("updated", updated);
  return () => {
    clearTimeout(timer);
    camera.off("updated", updated);
  };
}
