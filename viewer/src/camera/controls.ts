import { el } from "../dom.js";

export interface CameraControlHandlers {
  zoomIn(): void;
  zoomOut(): void;
  /** Fits the camera to what the filters show. */
  fit(): void;
}

/** Zoom in, zoom out and "fit to view" buttons over the stage's corner. */
export function createCameraControls(handlers: CameraControlHandlers): HTMLElement {
  const button = (text: string, action: string, label: string, onClick: () => void) =>
    el("button", { text, attrs: { type: "button", "data-action": action, "aria-label": label, title: label }, on: { click: onClick } });
  return el("div", { className: "camera-controls", attrs: { role: "group", "aria-label": "View" } }, [
    button("+", "zoom-in", "Zoom in", handlers.zoomIn),
    button("−", "zoom-out", "Zoom out", handlers.zoomOut),
    button("Fit", "fit", "Fit the shown nodes to the screen", handlers.fit),
  ]);
}
