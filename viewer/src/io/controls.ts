import type { ViewerApp } from "../app.js";
import { el } from "../dom.js";
import { download, viewToGexf, viewToPng } from "./export.js";
import { bindFileDrop, bindFilePicker, type FileInputHandlers } from "./files.js";

export interface IoControlsOptions {
  /** Where a dropped file is accepted (the whole page, typically). */
  dropTarget: HTMLElement;
  onError(error: Error): void;
  /** Page background, painted under the transparent WebGL stage in the PNG. */
  background?: string;
}

/**
 * "Open…", "Export GEXF" and "Export PNG" buttons appended to `toolbar`, plus file drop on the
 * page. Exports are of the current view: what the filters hide is left out of the GEXF.
 */
export function attachIo(app: ViewerApp, toolbar: HTMLElement, options: IoControlsOptions): void {
  const handlers: FileInputHandlers = {
    onGraph: (graph, file) => app.setGraph(graph, { name: file.name }),
    onError: options.onError,
  };
  const picker = el("input", { className: "visually-hidden", attrs: { type: "file", tabindex: -1, "aria-hidden": "true", "data-io": "picker" } });
  bindFilePicker(picker, handlers);
  bindFileDrop(options.dropTarget, handlers);

  const exportGexf = () => {
    if (!app.graph) return;
    const { nodes, edges } = app.getVisible();
    const sigma = app.sigma;
    // The look the canvas draws (appearance/), not the build's defaults: the file shows the picture.
    const look = sigma
      ? {
          node: (key: string) => sigma.getNodeDisplayData(key) ?? null,
          edge: (key: string) => sigma.getEdgeDisplayData(key) ?? null,
        }
      : null;
    download(viewToGexf(app.graph, { node: (key) => nodes.has(key), edge: (key) => edges.has(key) }, look), "newsgraph-view.gexf");
  };
  const exportPng = () => {
    if (!app.sigma) return;
    viewToPng(app.sigma, { background: options.background ?? "#ffffff" }).then(
      (blob) => download(blob, "newsgraph-view.png"),
      options.onError,
    );
  };

  const group = el("div", { className: "io-controls", attrs: { role: "group", "aria-label": "Files" } }, [
    button("Open…", "open", "Open a .gexf or graphology .json file (or drop one on the page)", () => picker.click()),
    button("Export GEXF", "export-gexf", "Download the current view as GEXF, for Gephi", exportGexf),
    button("Export PNG", "export-png", "Download the current view as an image", exportPng),
    picker,
  ]);
  toolbar.append(group);
}

export function button(text: string, name: string, title: string, onClick: () => void): HTMLButtonElement {
  return el("button", { text, attrs: { type: "button", title, "data-action": name }, on: { click: onClick } });
}
