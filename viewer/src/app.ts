import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import { createLegend, type Legend } from "./appearance/legend.js";
import { resolveAppearance, SIZE_METRICS, type AppearanceSettings, type SizeMetric } from "./appearance/settings.js";
import { createSigmaOptions, type ViewerSigma } from "./appearance/styles.js";
import { createFilterControls, type FilterControls } from "./filters/controls.js";
import { applyFilters, filterDomain, resolveFilters, type FilterResult, type FilterSettings } from "./filters/index.js";
import { createEdgeMask } from "./filters/mask.js";
import { createVisibilitySync, type VisibilitySync } from "./filters/visibility.js";
import { toDataset } from "./graph/dataset.js";
import { flatten } from "./graph/flat.js";
import type { DataGraph, EdgeKind } from "./graph/types.js";
import { createFocusLayers } from "./hover/focus.js";
import { createHighlighter, type Highlighter } from "./hover/index.js";
import { describeNode } from "./panel/model.js";
import { renderPanel } from "./panel/view.js";
import { createSearchBox } from "./search/box.js";
import { buildSearchIndex } from "./search/index.js";

/** The page elements the shell drives; index.html provides them. */
export interface AppElements {
  graph: HTMLElement;
  sidebar: HTMLElement;
  panel: HTMLElement;
  searchInput: HTMLInputElement;
  searchList: HTMLUListElement;
  sizeBy: HTMLSelectElement;
  status: HTMLElement;
}

export type AppEvent = "graph" | "filters" | "selection" | "sizeBy" | "render";

/**
 * The viewer's shell API, also what io/, layout/ and state/ (and tests, via window.__newsgraph)
 * call: load a graph, read and set filters, selection and size metric, hear about changes.
 */
export interface ViewerApp {
  /** Typed loosely so plain sigma helpers accept it; the shell's own typing stays inside. */
  readonly sigma: Sigma | null;
  /** The dataset as loaded (all nodes and edges, attributes as in the file, normalised). */
  readonly graph: DataGraph | null;
  setGraph(source: Graph | SerializedGraph, options?: { name?: string }): DataGraph;
  getFilters(): FilterSettings;
  setFilters(patch: Partial<FilterSettings>): void;
  resetFilters(): void;
  /** The filtered graph: keys of the nodes and edges currently shown (what an export keeps). */
  getVisible(): { nodes: Set<string>; edges: Set<string> };
  getSizeBy(): SizeMetric;
  setSizeBy(metric: SizeMetric): void;
  getSelected(): string | null;
  select(key: string | null, options?: { center?: boolean }): void;
  on(event: AppEvent, listener: () => void): () => void;
  /** Resolves after sigma's next frame is drawn. */
  nextRender(): Promise<void>;
}

export interface AppOptions {
  appearance?: Partial<AppearanceSettings>;
  /** Evidence items per link shown before "show more". */
  evidencePerLink?: number;
  /** Links listed in the panel before "show all". */
  neighboursShown?: number;
}

export function createApp(elements: AppElements, options: AppOptions = {}): ViewerApp {
  const appearance = resolveAppearance(options.appearance);
  const evidencePerLink = options.evidencePerLink ?? 3;
  const neighboursShown = options.neighboursShown ?? 50;
  const listeners = new Map<AppEvent, Set<() => void>>();
  const emit = (event: AppEvent) => listeners.get(event)?.forEach((fn) => fn());

  let graph: DataGraph | null = null;
  let sigma: ViewerSigma | null = null;
  let highlighter: Highlighter | null = null;
  let legend: Legend | null = null;
  let controls: FilterControls | null = null;
  let filters = resolveFilters();
  let visible: FilterResult | null = null;
  let visibility: VisibilitySync | null = null;
  let selected: string | null = null;
  let sizeBy: SizeMetric = appearance.sizeBy;
  let totals = { types: new Map<string, number>(), kinds: new Map<EdgeKind, number>() };

  const search = createSearchBox(elements.searchInput, elements.searchList, (key) => app.select(key, { center: true }), () => app.select(null));

  elements.sizeBy.replaceChildren(...SIZE_METRICS.map((m) => new Option(m === "pagerank" ? "PageRank" : m, m)));
  elements.sizeBy.value = sizeBy;
  elements.sizeBy.addEventListener("change", () => app.setSizeBy(elements.sizeBy.value as SizeMetric));

  const showPanel = () => {
    const view = graph && selected !== null && graph.hasNode(selected) ? describeNode(graph, selected, visible?.edges ?? null) : null;
    renderPanel(elements.panel, view, {
      typeColors: appearance.typeColors,
      otherColor: appearance.otherColor,
      evidencePerLink,
      neighboursShown,
      onSelect: (key) => app.select(key, { center: true }),
      onClose: () => app.select(null),
    });
    document.body.classList.toggle("has-selection", view !== null);
  };

  const refreshFilters = () => {
    if (!graph) return;
    visible = applyFilters(graph, filters);
    visibility?.apply(visible, filters);
    legend?.update({ total: totals.types, shown: visible.types }, { total: totals.kinds, shown: visible.kinds }, filters.hiddenTypes, filters.hiddenKinds);
    controls?.update(filters, { nodes: visible.nodes.size, edges: visible.edges.size }, { nodes: graph.order, edges: graph.size });
    if (selected !== null && !visible.nodes.has(selected)) app.select(null);
    highlighter?.refresh();
    showPanel();
  };

  const app: ViewerApp = {
    get sigma() {
      return sigma as unknown as Sigma | null;
    },
    get graph() {
      return graph;
    },

    setGraph(source, opts = {}) {
      const dataset = toDataset(source);
      sigma?.kill();
      graph = dataset;
      selected = null;
      filters = resolveFilters();
      const mask = createEdgeMask();
      const focus = createFocusLayers(appearance.background, appearance.fadeOpacity);
      sigma = new Sigma(dataset, elements.graph, createSigmaOptions(dataset, { ...appearance, sizeBy }, { mask, focus })) as ViewerSigma;
      visibility = createVisibilitySync(sigma, dataset, mask);
      sigma.on("afterRender", () => emit("render"));
      sigma.on("clickNode", ({ node }) => app.select(node));
      sigma.on("clickStage", () => app.select(null));
      highlighter = createHighlighter(sigma, dataset, focus, (edge) => visible?.edges.has(edge) ?? true);

      const domain = filterDomain(dataset);
      totals = { types: domain.types, kinds: domain.kinds };
      legend = createLegend(appearance, domain.types.keys(), domain.kinds.keys(), (what, name, on) => {
        const list = what === "type" ? filters.hiddenTypes : (filters.hiddenKinds as string[]);
        const next = on ? list.filter((n) => n !== name) : [...new Set([...list, name])];
        app.setFilters(what === "type" ? { hiddenTypes: next } : { hiddenKinds: next as EdgeKind[] });
      });
      controls = createFilterControls(domain, (patch) => app.setFilters(patch), () => app.resetFilters());
      elements.sidebar.replaceChildren(legend.element, controls.element);

      search.clear();
      search.setIndex(buildSearchIndex(dataset), () => visible?.nodes ?? null);
      elements.status.textContent = `${opts.name ? `${opts.name}: ` : ""}${dataset.order} nodes, ${dataset.size} links`;
      refreshFilters();
      // Sigma draws its first frame inside its constructor, before anyone could listen:
      // one more frame lets "render" listeners (window.__newsgraph.ready) hear of the new graph.
      sigma.scheduleRender();
      emit("graph");
      return dataset;
    },

    getFilters: () => resolveFilters(filters),
    setFilters(patch) {
      filters = resolveFilters({ ...filters, ...patch });
      refreshFilters();
      emit("filters");
    },
    resetFilters() {
      filters = resolveFilters();
      refreshFilters();
      emit("filters");
    },
    getVisible: () => ({ nodes: new Set(visible?.nodes), edges: new Set(visible?.edges) }),

    getSizeBy: () => sizeBy,
    setSizeBy(metric) {
      if (!SIZE_METRICS.includes(metric)) throw new Error(`newsgraph/viewer: unknown size metric "${metric}".`);
      sizeBy = metric;
      elements.sizeBy.value = metric;
      if (sigma && graph) sigma.setNodesState(flatten(graph).nodes, { sizeBy: metric });
      emit("sizeBy");
    },

    getSelected: () => selected,
    select(key, opts = {}) {
      if (!sigma || !graph) return;
      if (key !== null && !graph.hasNode(key)) key = null;
      if (key === selected && !opts.center) return;
      if (selected !== null && graph.hasNode(selected)) sigma.setNodeState(selected, { isSelected: false });
      selected = key;
      if (key !== null) sigma.setNodeState(key, { isSelected: true });
      else search.clear();
      highlighter?.setSelected(key);
      showPanel();
      if (key !== null && opts.center) centreOn(sigma, key, coveredBottom(elements.panel, elements.graph));
      // Chosen from the search or the panel (keyboard paths): move focus to the new details.
      if (key !== null && opts.center) (elements.panel.querySelector("#panel-title") as HTMLElement | null)?.focus({ preventScroll: true });
      emit("selection");
    },

    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
    nextRender() {
      return new Promise((resolve) => {
        const off = app.on("render", () => {
          off();
          resolve();
        });
        sigma?.scheduleRender();
      });
    },
  };
  return app;
}

/**
 * Moves the camera onto a node. `coveredBottom` pixels at the bottom of the stage are hidden
 * (the details drawer on a narrow screen), so the node is centred in what stays visible.
 */
function centreOn(sigma: ViewerSigma, key: string, coveredBottom: number): void {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  let target = { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5), angle: camera.angle };
  if (coveredBottom > 0) {
    const { width, height } = sigma.getDimensions();
    const shifted = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 + coveredBottom / 2 }, { cameraState: target });
    target = { ...target, x: shifted.x, y: shifted.y };
  }
  void camera.animate(target, { duration: 450 });
}

/** How much of the stage's bottom an overlaying element (the narrow-screen drawer) hides. */
function coveredBottom(overlay: HTMLElement, stage: HTMLElement): number {
  if (overlay.hidden || getComputedStyle(overlay).position !== "absolute") return 0;
  const o = overlay.getBoundingClientRect();
  const s = stage.getBoundingClientRect();
  return Math.max(0, Math.min(s.bottom, o.bottom) - Math.max(s.top, o.top));
}
