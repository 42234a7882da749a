import type { CameraState } from "sigma/types";

/** What the keys drive of sigma (any sigma instance, whatever its graph types). */
export interface KeyCameraSource {
  getCamera(): { getState(): CameraState; animate(state: Partial<CameraState>, options?: { duration: number }): Promise<void> };
}

export interface CameraKeyOptions {
  /** Share of the view an arrow key moves it by. */
  panStep: number;
  /** Factor one + or − press zooms by. */
  zoomStep: number;
  duration: number;
}

export const CAMERA_KEY_DEFAULTS: Readonly<CameraKeyOptions> = Object.freeze({ panStep: 0.15, zoomStep: 1.5, duration: 150 });

/**
 * The camera from the keyboard, while the graph has focus: arrows move the view, + and − zoom,
 * 0 shows the whole graph. Search and the details panel are how a keyboard reaches a node;
 * this is how it looks around.
 */
export function bindCameraKeys(target: HTMLElement, sigma: () => KeyCameraSource | null, options: Partial<CameraKeyOptions> = {}): () => void {
  const opts = { ...CAMERA_KEY_DEFAULTS, ...options };
  const onKey = (event: KeyboardEvent) => {
    if (event.target !== target || event.altKey || event.ctrlKey || event.metaKey) return;
    const camera = sigma()?.getCamera();
    if (!camera) return;
    const state = camera.getState();
    const step = opts.panStep * state.ratio;
    let next: Partial<CameraState> | null = null;
    switch (event.key) {
      case "ArrowLeft":
        next = { x: state.x - step };
        break;
      case "ArrowRight":
        next = { x: state.x + step };
        break;
      // Graph y grows upwards on the stage.
      case "ArrowUp":
        next = { y: state.y + step };
        break;
      case "ArrowDown":
        next = { y: state.y - step };
        break;
      case "+":
      case "=":
        next = { ratio: state.ratio / opts.zoomStep };
        break;
      case "-":
      case "_":
        next = { ratio: state.ratio * opts.zoomStep };
        break;
      case "0":
        next = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
        break;
    }
    if (!next) return;
    event.preventDefault();
    void camera.animate(next, { duration: opts.duration });
  };
  target.addEventListener("keydown", onKey);
  return () => target.removeEventListener("keydown", onKey);
}
