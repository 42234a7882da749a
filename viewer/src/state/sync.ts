import type { ViewerApp } from "../app.js";
import { isCameraMoving, onCameraRest } from "../camera/index.js";
import { DEFAULT_FILTERS, type FilterSettings } from "../filters/index.js";
import { el } from "../dom.js";
import { createUrlStateWriter, readUrlState } from "./index.js";
import type { ViewState } from "./types.js";

/**
 * Restores the view a link describes once the first graph is shown, then keeps the address bar
 * in step with selection, filters, size metric, colours and camera. With a toolbar, adds
 * "Copy link": the address of the view as it is now, on the clipboard.
 */
export function attachUrlState(app: ViewerApp, initial: ViewState = readUrlState(), toolbar: HTMLElement | null = null): void {
  // Chromium's replaceState costs about a millisecond: not once per frame of a camera drag.
  const writer = createUrlStateWriter(250, () => (app.sigma ? isCameraMoving(app.sigma) : false));
  let restored = false;

  const current = (): ViewState => {
    const state: ViewState = {};
    const selected = app.getSelected();
    if (selected) state.node = selected;
    const edge = app.getSelectedEdge();
    if (edge) state.edge = edge;
    const filters = changedFilters(app.getFilters());
    if (Object.keys(filters).length > 0) state.filters = filters;
    state.sizeBy = app.getSizeBy();
    state.colorBy = app.getColorBy();
    const camera = app.sigma?.getCamera().getState();
    if (camera && (camera.x !== 0.5 || camera.y !== 0.5 || camera.ratio !== 1)) {
      state.camera = { x: camera.x, y: camera.y, ratio: camera.ratio };
    }
    return state;
  };
  const record = () => {
    if (restored) writer.write(current());
  };

  let unbindCamera: (() => void) | null = null;
  const onGraph = () => {
    unbindCamera?.();
    // The camera is recorded when it rests, not on each of a move's frames.
    unbindCamera = app.sigma ? onCameraRest(app.sigma, record) : null;
    if (!restored) restore(app, initial);
    restored = true;
    record();
  };
  app.on("graph", onGraph);
  app.on("filters", record);
  app.on("selection", record);
  app.on("sizeBy", record);
  app.on("colorBy", record);
  if (app.graph) onGraph();

  if (toolbar) {
    const copy = el("button", { text: "Copy link", attrs: { type: "button", "data-action": "copy-link", title: "Copy a link to this view (filters, selection, camera)" } });
    copy.addEventListener("click", () => {
      writer.write(current());
      writer.flush();
      const url = window.location.href;
      copy.dataset.url = url;
      const done = (text: string) => {
        copy.textContent = text;
        setTimeout(() => (copy.textContent = "Copy link"), 1500);
      };
      navigator.clipboard?.writeText(url).then(() => done("Link copied"), () => done("Copy failed")) ?? done("Copy failed");
    });
    toolbar.append(el("div", { className: "link-controls", attrs: { role: "group", "aria-label": "Link" } }, [copy]));
  }
}

function restore(app: ViewerApp, state: ViewState): void {
  // A link with a camera keeps it; one without shows what its filters leave.
  if (state.filters) app.setFilters(state.filters, { fit: !state.camera });
  if (state.sizeBy) app.setSizeBy(state.sizeBy);
  if (state.colorBy) app.setColorBy(state.colorBy);
  // A link with a camera position keeps it; one without centres on its node.
  if (state.node) app.select(state.node, { center: !state.camera });
  if (state.edge) app.selectEdge(state.edge);
  if (state.camera) app.sigma?.getCamera().setState(state.camera);
}

/** Only what differs from the defaults goes into a link. */
function changedFilters(filters: FilterSettings): Partial<FilterSettings> {
  const changed: Partial<FilterSettings> = {};
  for (const key of Object.keys(filters) as (keyof FilterSettings)[]) {
    if (JSON.stringify(filters[key]) !== JSON.stringify(DEFAULT_FILTERS[key])) {
      (changed as Record<string, unknown>)[key] = filters[key];
    }
  }
  return changed;
}
