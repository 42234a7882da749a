import type { ViewerApp } from "../app.js";
import { el } from "../dom.js";
import { linkTable, nodeTable } from "./model.js";
import { renderTable } from "./view.js";

/**
 * "Table" in the toolbar: the node and link tables of the current view over the stage, kept
 * in step with the filters while open; a row click selects the node or link.
 */
export function attachTables(app: ViewerApp, toolbar: HTMLElement, host: HTMLElement): void {
  let tab: "nodes" | "links" = "nodes";
  const content = el("div", { className: "table-content" });
  const tabButton = (name: "nodes" | "links", text: string) =>
    el("button", { text, attrs: { type: "button", role: "tab", "data-tab": name }, on: { click: () => ((tab = name), draw()) } });
  const tabs = [tabButton("nodes", "Nodes"), tabButton("links", "Links")];
  const panel = el("section", { className: "tables", attrs: { id: "tables", "aria-label": "Tables" } }, [
    el("header", { className: "table-head" }, [
      el("div", { attrs: { role: "tablist" } }, tabs),
      el("button", { className: "close", text: "×", attrs: { type: "button", "aria-label": "Close tables" }, on: { click: () => toggle(false) } }),
    ]),
    content,
  ]);
  panel.hidden = true;
  host.append(panel);
  const open = el("button", { text: "Table", attrs: { type: "button", "data-action": "tables", "aria-expanded": "false", "aria-controls": "tables" } });
  toolbar.append(el("div", { className: "table-controls" }, [open]));

  function draw() {
    const view = app.tableView();
    tabs.forEach((t) => t.setAttribute("aria-selected", String(t.dataset.tab === tab)));
    if (!view || !app.graph) return content.replaceChildren();
    const graph = app.graph;
    renderTable(content, tab === "nodes" ? nodeTable(graph, view) : linkTable(graph, view), (key) => (tab === "nodes" ? app.select(key, { center: true }) : app.selectEdge(key)));
  }
  function toggle(on: boolean) {
    panel.hidden = !on;
    open.setAttribute("aria-expanded", String(on));
    if (on) draw();
  }
  open.addEventListener("click", () => toggle(panel.hidden));
  for (const event of ["filters", "graph", "sizeBy"] as const) app.on(event, () => !panel.hidden && draw());
}
