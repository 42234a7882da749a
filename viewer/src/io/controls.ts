import type { ViewerApp } from "../app.js";
import { el } from "../dom.js";
import { DEFAULT_APPEARANCE } from "../appearance/settings.js";
import { download, viewToGexf, viewToPng, viewToSvg, type KeyEntry } from "./export.js";
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
  const scale = el("select", { attrs: { id: "png-scale", "aria-label": "PNG resolution", title: "PNG resolution" } }, [1, 2, 4].map((k) => el("option", { text: `${k}×`, attrs: { value: k } })));
  scale.value = "2";
  const exportPng = () => {
    const sigma = app.sigma;
    const graph = app.graph;
    if (!sigma || !graph) return;
    const { nodes, edges } = app.getVisible();
    const f = app.getFilters();
    const when = f.dateFrom || f.dateTo ? `, ${f.dateFrom ?? "start"} to ${f.dateTo ?? "end"}` : "";
    const types = new Set([...nodes].map((k) => graph.getNodeAttribute(k, "entityType")));
    const kinds = new Set([...edges].map((k) => graph.getEdgeAttribute(k, "kind")));
    const legend: KeyEntry[] = app.getColorBy() === "type" ? [...types].map((t) => ({ label: t, color: DEFAULT_APPEARANCE.typeColors[t] ?? DEFAULT_APPEARANCE.otherColor, shape: "disc" as const })) : [];
    for (const k of kinds) legend.push({ label: k === "cooccurrence" ? "co-occurrence" : k, color: DEFAULT_APPEARANCE.edges[k].color, shape: "line" });
    viewToPng(sigma, {
      background: options.background ?? "#ffffff",
      scale: Number(scale.value),
      title: document.title === "newsgraph" ? `newsgraph: ${document.getElementById("status")?.textContent ?? ""}` : document.title,
      caption: `${nodes.size} of ${graph.order} nodes and ${edges.size} of ${graph.size} links shown${when}; size by ${app.getSizeBy()}, thickness by link weight.`,
      legend,
    }).then((blob) => download(blob, "newsgraph-view.png"), options.onError);
  };
  const exportSvg = () => {
    const sigma = app.sigma as unknown as Parameters<typeof viewToSvg>[0] | null;
    const graph = app.graph;
    if (!sigma || !graph) return;
    const { nodes, edges } = app.getVisible();
    download(viewToSvg(sigma, nodes, [...edges].map((e) => [e, graph.source(e), graph.target(e)] as [string, string, string])), "newsgraph-view.svg", "image/svg+xml");
  };

  const group = el("div", { className: "io-controls", attrs: { role: "group", "aria-label": "Files" } }, [
    button("Open…", "open", "Open a .gexf or graphology .json file (or drop one on the page)", () => picker.click()),
    button("Export GEXF", "export-gexf", "Download the current view as GEXF, for Gephi", exportGexf),
    button("Export PNG", "export-png", "Download the current view as an image, with title, caption and legend", exportPng),
    scale,
    button("Export SVG", "export-svg", "Download the current view as SVG", exportSvg),
    picker,
  ]);
  toolbar.append(group);
}

export function button(text: string, name: string, title: string, onClick: () => void): HTMLButtonElement {
  return el("button", { text, attrs: { type: "button", title, "data-action": name }, on: { click: onClick } });
}
