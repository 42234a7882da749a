import { el, formatDate } from "../dom.js";
import type { DataGraph, EdgeKind, Evidence } from "../graph/types.js";
import { pagedList, uniqueEvidence } from "./evidence.js";

export interface EdgeEnd {
  key: string;
  label: string;
  entityType: string;
}

export interface EdgeView {
  key: string;
  kind: EdgeKind;
  directed: boolean;
  source: EdgeEnd;
  target: EdgeEnd;
  weight: number;
  /** Weight inside the time window, or null without one. */
  windowWeight: number | null;
  window: { from: string | null; to: string | null } | null;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
  /** graph.json's preview; the panel swaps in the full evidence when it arrives. */
  evidence: Evidence[];
}

export function describeEdge(graph: DataGraph, key: string, window: { from: string | null; to: string | null; weight: number } | null): EdgeView {
  const a = graph.getEdgeAttributes(key);
  const end = (k: string): EdgeEnd => {
    const n = graph.getNodeAttributes(k);
    return { key: k, label: n.label, entityType: n.entityType };
  };
  return {
    key,
    kind: a.kind,
    directed: graph.isDirected(key),
    source: end(graph.source(key)),
    target: end(graph.target(key)),
    weight: a.weight,
    windowWeight: window ? window.weight : null,
    window: window ? { from: window.from, to: window.to } : null,
    documents: a.documents,
    firstDate: a.firstDate,
    lastDate: a.lastDate,
    evidence: a.evidence,
  };
}

export interface EdgePanelOptions {
  typeColors: Record<string, string>;
  otherColor: string;
  onSelectNode(key: string): void;
  onClose(): void;
  /** The link's full evidence, or null when only graph.json's preview exists. */
  loadEvidence(edgeKey: string): Promise<Evidence[]> | null;
}

const TITLES: Record<EdgeKind, (s: string, t: string) => string> = {
  cooccurrence: (s, t) => `${s} and ${t} named in one sentence`,
  quote: (s, t) => `${s} speaks about ${t}`,
  cites: (s, t) => `${s} reports the words of ${t}`,
};

/**
 * A link's panel: its two ends (one click to either), kind, weight (and in the window), the
 * articles and dates, and all of its evidence a page at a time — the preview from graph.json
 * first, then everything from the evidence files.
 */
export function renderEdgePanel(container: HTMLElement, view: EdgeView, options: EdgePanelOptions): void {
  container.hidden = false;
  container.removeAttribute("data-node");
  container.dataset.edge = view.key;
  const endButton = (end: EdgeEnd) => {
    const swatch = el("span", { className: "swatch swatch-node", attrs: { "aria-hidden": "true" } });
    swatch.style.background = options.typeColors[end.entityType] ?? options.otherColor;
    return el("button", { className: "neighbour-name", attrs: { type: "button", "data-key": end.key }, on: { click: () => options.onSelectNode(end.key) } }, [swatch, end.label]);
  };
  const speaker = view.kind === "quote" ? view.source.label : view.kind === "cites" ? view.target.label : null;
  const facts: [string, string | number][] = [
    ["Kind", view.kind === "cooccurrence" ? "co-occurrence" : view.kind],
    ["Weight", view.windowWeight === null ? view.weight : `${view.windowWeight} in the window (${view.weight} in all)`],
    ["Articles", view.documents],
  ];
  if (view.firstDate) facts.push(["Seen", view.firstDate === view.lastDate ? formatDate(view.firstDate) : `${formatDate(view.firstDate)} – ${formatDate(view.lastDate)}`]);

  const evidenceSection = el("section", { className: "edge-evidence" });
  const inWindow = (items: Evidence[]) =>
    view.window ? items.filter((e) => !e.date || ((!view.window!.from || e.date >= view.window!.from) && (!view.window!.to || e.date <= view.window!.to))) : items;
  const showEvidence = (items: Evidence[], complete: boolean) => {
    const all = uniqueEvidence(items);
    const shown = inWindow(all);
    evidenceSection.dataset.count = String(shown.length);
    evidenceSection.dataset.complete = String(complete);
    const note = view.window && shown.length !== all.length ? ` — ${shown.length} of ${all.length} in the window` : "";
    evidenceSection.replaceChildren(
      el("h3", { text: `Evidence (${shown.length})${note}` }),
      ...(complete ? [] : [el("p", { className: "muted loading", text: `Showing the first ${items.length}; loading the rest…` })]),
      shown.length > 0 ? pagedList(shown, speaker) : el("p", { className: "muted", text: "No evidence recorded." }),
    );
  };
  showEvidence(view.evidence, false);
  const full = options.loadEvidence(view.key);
  if (full) {
    full.then(
      (items) => container.dataset.edge === view.key && showEvidence(items.length > 0 ? items : view.evidence, true),
      (error: Error) => {
        if (container.dataset.edge !== view.key) return;
        showEvidence(view.evidence, true);
        evidenceSection.append(el("p", { className: "muted", text: `Only the preview could be shown: ${error.message}` }));
      },
    );
  } else showEvidence(view.evidence, true);

  container.replaceChildren(
    el("header", { className: "panel-head" }, [
      el("h2", { attrs: { id: "panel-title", tabindex: -1 }, text: TITLES[view.kind](view.source.label, view.target.label) }),
      el("button", { className: "close", text: "×", attrs: { type: "button", "aria-label": "Close details" }, on: { click: options.onClose } }),
    ]),
    el("p", { className: "edge-ends" }, [endButton(view.source), view.directed ? " → " : " — ", endButton(view.target)]),
    el("dl", { className: "facts" }, facts.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])),
    evidenceSection,
  );
}
