import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import { createLegend, type Legend } from "./appearance/legend.js";
import { communityColors } from "./appearance/palette.js";
import { edgeSizeBindings, nodeSizeBindings, resolveSize, type SizeBinding } from "./appearance/scale.js";
import { COLOR_MODES, resolveAppearance, SIZE_METRICS, type AppearanceSettings, type ColorMode, type SizeMetric } from "./appearance/settings.js";
import { createSigmaOptions, type ViewerSigma } from "./appearance/styles.js";
import { createCameraControls } from "./camera/controls.js";
import { whenIdle } from "./dom.js";
import { cameraFor, fitCamera, maskedBox, type NodeBox } from "./camera/fit.js";
import { createFilterControls, type FilterControls } from "./filters/controls.js";
import { applyFilters, filterDomain, resolveFilters, type FilterResult, type FilterSettings } from "./filters/index.js";
import { createEdgeMask } from "./appearance/mask-layer.js";
import { createVisibilitySync, type VisibilitySync } from "./filters/visibility.js";
import { toDataset } from "./graph/dataset.js";
import { flatten } from "./graph/flat.js";
import type { DataGraph, EdgeKind } from "./graph/types.js";
import { createFocusLayers } from "./appearance/focus-layer.js";
import { createEdgePicker } from "./hover/edges.js";
import { createHighlighter, type Highlighter } from "./hover/index.js";
import { createEvidenceSource, type EvidenceSource } from "./io/evidence.js";
import { createLabelControl } from "./labels/controls.js";
import { createLabeller, defaultLabelBudget, type Labeller } from "./labels/index.js";
import { describeEdge, renderEdgePanel } from "./panel/edge.js";
import { describeNode } from "./panel/model.js";
import { renderPanel } from "./panel/view.js";
import { createSearchBox } from "./search/box.js";
import { buildSearchIndex } from "./search/index.js";
import type { TableView } from "./table/model.js";
import { buildTimeIndex, type TimeIndex } from "./timeline/model.js";
import { createWindowSizes, type WindowSizes } from "./timeline/sizes.js";
import { createTimeline, type Timeline } from "./timeline/view.js";

/** The page elements the shell drives; index.html provides them. */
export interface AppElements {
  graph: HTMLElement;
  sidebar: HTMLElement;
  panel: HTMLElement;
  searchInput: HTMLInputElement;
  searchList: HTMLUListElement;
  sizeBy: HTMLSelectElement;
  colorBy: HTMLSelectElement;
  status: HTMLElement;
  /** Where the timeline goes (under the stage), and the zoom and fit buttons (over it). */
  timeline: HTMLElement;
  cameraControls: HTMLElement;
}

export type AppEvent = "graph" | "filters" | "selection" | "sizeBy" | "colorBy" | "render";

/**
 * The viewer's shell API, also what io/, layout/ and state/ (and tests, via window.__newsgraph)
 * call: load a graph, read and set filters, selection and size metric, hear about changes.
 */
export interface ViewerApp {
  /** Typed loosely so plain sigma helpers accept it; the shell's own typing stays inside. */
  readonly sigma: Sigma | null;
  /** The dataset as loaded (all nodes and edges, attributes as in the file, normalised). */
  readonly graph: DataGraph | null;
  /** `evidenceBase`: the folder of graph.json, where the build's evidence files are. */
  setGraph(source: Graph | SerializedGraph, options?: { name?: string; evidenceBase?: URL }): DataGraph;
  getFilters(): FilterSettings;
  /** The camera then fits what the filters leave, unless `fit` is false (a shared link keeps its camera). */
  setFilters(patch: Partial<FilterSettings>, options?: { fit?: boolean }): void;
  resetFilters(): void;
  /** The filtered graph: keys of the nodes and edges currently shown (what an export keeps). */
  getVisible(): { nodes: Set<string>; edges: Set<string> };
  getSizeBy(): SizeMetric;
  setSizeBy(metric: SizeMetric): void;
  getColorBy(): ColorMode;
  setColorBy(mode: ColorMode): void;
  getSelected(): string | null;
  select(key: string | null, options?: { center?: boolean }): void;
  /** The link whose evidence the panel shows. */
  getSelectedEdge(): string | null;
  selectEdge(key: string | null): void;
  /** "Labels on screen". */
  getLabelBudget(): number;
  setLabelBudget(n: number): void;
  /** The filtered view as the tables show it (counts inside the time window when one is set). */
  tableView(): TableView | null;
  /** Moves the camera onto the shown nodes; resolves when it is there. */
  fit(): Promise<void>;
  on(event: AppEvent, listener: () => void): () => void;
  /** Resolves after sigma's next frame is drawn. */
  nextRender(): Promise<void>;
}

export interface AppOptions {
  appearance?: Partial<AppearanceSettings>;
  /** Links listed in the panel before "show all". */
  neighboursShown?: number;
  /** The camera follows a filter change once the changes pause this long. */
  fitDelayMs?: number;
}

const MAX_LABEL_BUDGET = 300;

/** On a phone-sized screen nodes are drawn smaller: 800 nodes at desktop sizes are one blob. */
const COMPACT = { minNodeSize: 2.5, maxNodeSize: 13 };

export function createApp(elements: AppElements, options: AppOptions = {}): ViewerApp {
  const compact = typeof window.matchMedia === "function" && window.matchMedia("(max-width: 600px)").matches;
  const appearance = resolveAppearance({ ...(compact ? COMPACT : {}), ...options.appearance });
  const neighboursShown = options.neighboursShown ?? 50;
  const fitDelayMs = options.fitDelayMs ?? 300;
  const listeners = new Map<AppEvent, Set<() => void>>();
  const emit = (event: AppEvent) => listeners.get(event)?.forEach((fn) => fn());

  let graph: DataGraph | null = null;
  let sigma: ViewerSigma | null = null;
  let highlighter: Highlighter | null = null;
  let labeller: Labeller | null = null;
  let legend: Legend | null = null;
  let controls: FilterControls | null = null;
  let timeline: Timeline | null = null;
  let time: TimeIndex | null = null;
  let evidence: EvidenceSource = () => null;
  let filters = resolveFilters();
  let visible: FilterResult | null = null;
  let visibility: VisibilitySync | null = null;
  let selected: string | null = null;
  let selectedEdge: string | null = null;
  let sizeBy: SizeMetric = appearance.sizeBy;
  let colorBy: ColorMode = appearance.colorBy;
  let labelBudget: number | null = appearance.labelBudget;
  let totals = { types: new Map<string, number>(), kinds: new Map<EdgeKind, number>() };
  let ranking: Int32Array | null = null;
  let windowSizes: WindowSizes | null = null;
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  let cancelFitCheck = () => {};
  let communityNames = new Map<number, string>();

  const search = createSearchBox(elements.searchInput, elements.searchList, {
    onChoose: (key) => app.select(key, { center: true }),
    onClear: () => app.select(null),
    onReveal: (key) => {
      app.resetFilters();
      app.select(key, { center: true });
    },
  });
  const labelControl = createLabelControl(0, MAX_LABEL_BUDGET, (n) => app.setLabelBudget(n));

  elements.sizeBy.replaceChildren(...SIZE_METRICS.map((m) => new Option(m === "pagerank" ? "PageRank" : m, m)));
  elements.sizeBy.value = sizeBy;
  elements.sizeBy.addEventListener("change", () => app.setSizeBy(elements.sizeBy.value as SizeMetric));
  elements.colorBy.replaceChildren(...COLOR_MODES.map((m) => new Option(m === "type" ? "entity type" : "community", m)));
  elements.colorBy.value = colorBy;
  elements.colorBy.addEventListener("change", () => app.setColorBy(elements.colorBy.value as ColorMode));

  /** The legend's size and thickness keys: three values each and how they are drawn. */
  const showScales = () => {
    if (!graph || !legend) return;
    const steps = (b: SizeBinding, values: number[]) => [...new Set(values)].map((value) => ({ value, px: resolveSize(b, value) }));
    const node = nodeSizeBindings(graph, appearance)[sizeBy];
    const mid = sizeBy === "pagerank" ? (node.minValue + node.maxValue) / 2 : Math.round(Math.sqrt(Math.max(node.minValue, 1) * node.maxValue));
    const edge = edgeSizeBindings(graph, appearance).cooccurrence;
    const max = Math.round(edge.maxValue);
    legend.setScales({ metric: sizeBy, steps: steps(node, [node.minValue, mid, node.maxValue]) }, steps(edge, [1, Math.max(1, Math.round(Math.sqrt(max))), max]));
  };

  const zoom = (factor: number) => {
    const camera = sigma?.getCamera();
    if (camera) void camera.animate({ ratio: camera.getState().ratio * factor }, { duration: 250 });
  };
  elements.cameraControls.replaceChildren(createCameraControls({ zoomIn: () => zoom(1 / 1.5), zoomOut: () => zoom(1.5), fit: () => void app.fit() }));

  /** A link's weight as the view counts it: inside the time window when one is set. */
  const edgeWeight = (edge: string): number => {
    if (!graph) return 0;
    const w = visible?.window;
    if (!w) return graph.getEdgeAttribute(edge, "weight");
    return w.edgeWeights[flatten(graph).edgeIndex.get(edge) ?? -1] ?? 0;
  };

  /** Shown nodes by the size metric, most first (mentions inside the window when one is set). */
  function* ranked(): Generator<string> {
    if (!graph || !visible) return;
    const flat = flatten(graph);
    if (!ranking) {
      const w = visible.window;
      const value = (i: number) => (sizeBy === "mentions" && w ? w.nodeMentions[i]! : flat.nodeAttributes[i]![sizeBy]);
      ranking = Int32Array.from(flat.nodes.keys()).sort((a, b) => value(b) - value(a) || a - b);
    }
    for (const i of ranking) if (visible.nodeMask[i]) yield flat.nodes[i]!;
  }

  const showPanel = () => {
    document.body.classList.toggle("has-selection", selected !== null || selectedEdge !== null);
    if (graph && selectedEdge !== null && graph.hasEdge(selectedEdge)) {
      const window = visible?.window ? { from: filters.dateFrom, to: filters.dateTo, weight: edgeWeight(selectedEdge) } : null;
      renderEdgePanel(elements.panel, describeEdge(graph, selectedEdge, window), {
        typeColors: appearance.typeColors,
        otherColor: appearance.otherColor,
        onSelectNode: (key) => app.select(key, { center: true }),
        onClose: () => app.selectEdge(null),
        loadEvidence: (key) => evidence(key),
      });
      return;
    }
    const view = graph && selected !== null && graph.hasNode(selected) ? describeNode(graph, selected, visible?.edges ?? null, edgeWeight) : null;
    renderPanel(elements.panel, view, {
      typeColors: appearance.typeColors,
      otherColor: appearance.otherColor,
      neighboursShown,
      onSelect: (key) => app.select(key, { center: true }),
      onSelectEdge: (edge) => app.selectEdge(edge),
      onEgo: (key, depth) => app.setFilters({ ego: key, egoDepth: depth }),
      onClose: () => app.select(null),
    });
    if (!view) elements.panel.removeAttribute("data-edge");
  };

  /**
   * Shows the filters' result. Only what depends on a change is redone: when the shown nodes
   * are the same (a link kind or weight without "hide isolated", outside a time window), the
   * labels stay where they are, unless a focused node's neighbourhood decides them, and the
   * camera has nothing new to fit. Returns whether the shown nodes changed.
   */
  const refreshFilters = (): boolean => {
    if (!graph) return false;
    const previous = visible;
    visible = applyFilters(graph, filters, time);
    // In a time window, sizes and the ranking follow the window even when the nodes stay.
    const windowed = previous?.window != null || visible.window !== null;
    const nodesChanged = !previous || !sameBytes(previous.nodeMask, visible.nodeMask);
    if (windowed) ranking = null;
    visibility?.apply(visible, filters);
    windowSizes?.apply(visible, sizeBy);
    legend?.update({ total: totals.types, shown: visible.types }, { total: totals.kinds, shown: visible.kinds }, filters.hiddenTypes, filters.hiddenKinds);
    controls?.update(filters, { nodes: visible.nodes.size, edges: visible.edges.size }, { nodes: graph.order, edges: graph.size });
    if (time && time.days.length > 0) timeline?.update(filters.dateFrom, filters.dateTo, visible.window ? visible.window.articles : time.articles.reduce((a, b) => a + b, 0));
    if (selected !== null && !visible.nodes.has(selected)) app.select(null);
    if (selectedEdge !== null && !visible.edges.has(selectedEdge)) app.selectEdge(null);
    highlighter?.refresh();
    if (nodesChanged || windowed) labeller?.refresh();
    else labeller?.linksChanged();
    showPanel();
    return nodesChanged;
  };

  /** A node tapped on a phone must not end up under the details drawer that its tap opened. */
  const keepClearOfDrawer = (key: string) => {
    if (!sigma) return;
    const covered = coveredBottom(elements.panel, elements.graph);
    const data = sigma.getNodeDisplayData(key);
    if (covered <= 0 || !data) return;
    const at = sigma.framedGraphToViewport(data);
    const { height } = sigma.getDimensions();
    if (at.y < height - covered - 24) return;
    const ratio = sigma.getCamera().getState().ratio;
    const target = cameraFor(sigma, [key], { coveredBottom: covered, minRatio: ratio, padding: 0 });
    if (target) void sigma.getCamera().animate({ ...target, ratio }, { duration: 350 });
  };

  /**
   * The shown nodes' box, from the filter's mask (one pass, no display data per node). Their
   * largest disc is the first shown node of the ranking: sizes follow the same metric (the
   * window's mentions in a time window), so it is read from sigma for that one node.
   */
  const shownBox = (): NodeBox | null => {
    if (!graph || !sigma || !visible || visible.nodes.size === 0) return null;
    const largest = ranked().next().value;
    const size = largest === undefined ? 0 : (sigma.getNodeDisplayData(largest)?.size ?? 0);
    return maskedBox(sigma, flatten(graph).nodes, visible.nodeMask, size);
  };

  const stopFitCheck = () => {
    clearTimeout(fitTimer);
    cancelFitCheck();
  };

  /**
   * After a filter change the camera follows what is left, once changes pause, and only when
   * the view is off: the shown nodes run off the screen, or fill less than half of it. A type
   * toggle on a large graph leaves nodes everywhere, and a camera flight after every toggle
   * would cost frames for nothing. "Off the screen" is judged without the fit's padding:
   * sigma's own framing pads less than the fit does, so a padded test sent the camera on a 6 %
   * zoom-out after the first toggle of a freshly opened graph. The check waits for the page to
   * be idle as well (a software-WebGL frame outlasts the pause), and a newer change cancels it.
   */
  const scheduleFit = () => {
    stopFitCheck();
    fitTimer = setTimeout(() => {
      cancelFitCheck = whenIdle(() => {
        const box = shownBox();
        if (!sigma || !box) return;
        const target = cameraFor(sigma, box, { coveredBottom: coveredBottom(elements.panel, elements.graph), padding: 0 });
        const now = sigma.getCamera().getState();
        if (!target) return;
        const zoomedOut = target.ratio > now.ratio * 1.05;
        const tooSmall = target.ratio < now.ratio * 0.5;
        const shifted = Math.hypot(target.x - now.x, target.y - now.y) > 0.25 * now.ratio;
        if (zoomedOut || tooSmall || shifted) void app.fit();
      }, fitDelayMs);
    }, fitDelayMs);
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
      timeline?.stop();
      stopFitCheck();
      graph = dataset;
      selected = null;
      selectedEdge = null;
      ranking = null;
      filters = resolveFilters();
      visible = null;
      const shards = dataset.getAttribute("evidenceShards");
      const base = opts.evidenceBase;
      evidence = base && shards > 0 ? createEvidenceSource(base, shards) : () => null;
      const mask = createEdgeMask();
      const focus = createFocusLayers(appearance.background, appearance.fadeOpacity);
      sigma = new Sigma(dataset, elements.graph, createSigmaOptions(dataset, { ...appearance, sizeBy, colorBy }, { mask, focus })) as ViewerSigma;
      visibility = createVisibilitySync(sigma, dataset, mask);
      windowSizes = createWindowSizes(sigma, dataset, appearance);
      sigma.on("afterRender", () => emit("render"));
      sigma.on("clickNode", ({ node }) => app.select(node));
      let nodeHovered = false;
      sigma.on("enterNode", () => (nodeHovered = true));
      sigma.on("leaveNode", () => (nodeHovered = false));
      const picker = createEdgePicker(sigma, dataset, () => visible?.edgeMask ?? null, () => nodeHovered);
      // A click off every node opens the link under it, or clears the selection.
      sigma.on("clickStage", ({ event }) => {
        const edge = picker.pickAt(event.x, event.y);
        if (edge !== null) return app.selectEdge(edge);
        app.select(null);
        app.selectEdge(null);
      });
      const budget = labelBudget ?? defaultLabelBudget(sigma.getDimensions());
      labelControl.set(budget);
      labeller = createLabeller(sigma, dataset, budget, {
        font: appearance.labelFont,
        fontSize: appearance.labelSize,
        isShown: (key) => visible?.nodes.has(key) ?? true,
        isEdgeShown: (edge) => visible?.edges.has(edge) ?? true,
        ranking: ranked,
        edgeWeight,
      });
      highlighter = createHighlighter(sigma, dataset, focus, (edge) => visible?.edges.has(edge) ?? true, (key) => labeller?.setFocus(key));

      const domain = filterDomain(dataset);
      totals = { types: domain.types, kinds: domain.kinds };
      communityNames = domain.communityLeaders;
      const communities = [...communityColors(domain.communities, appearance)].map(([id, color]) => ({
        id,
        color,
        name: `${domain.communityLeaders.get(id) ?? id}'s community`,
        count: domain.communities.get(id) ?? 0,
      }));
      legend = createLegend(appearance, domain.types.keys(), domain.kinds.keys(), (what, name, on) => {
        const list = what === "type" ? filters.hiddenTypes : (filters.hiddenKinds as string[]);
        const next = on ? list.filter((n) => n !== name) : [...new Set([...list, name])];
        app.setFilters(what === "type" ? { hiddenTypes: next } : { hiddenKinds: next as EdgeKind[] });
      }, communities);
      legend.setColorBy(colorBy);
      showScales();
      controls = createFilterControls(domain, (patch) => app.setFilters(patch), () => app.resetFilters(), (key) => dataset.hasNode(key) ? dataset.getNodeAttribute(key, "label") : key);
      elements.sidebar.replaceChildren(labelControl.element, legend.element, controls.element);

      time = buildTimeIndex(dataset, dataset.getAttribute("articlesByDate"));
      timeline = time.days.length > 0 ? createTimeline(time, (dateFrom, dateTo) => app.setFilters({ dateFrom, dateTo })) : null;
      elements.timeline.replaceChildren(...(timeline ? [timeline.element] : []));
      elements.timeline.hidden = timeline === null;

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
    setFilters(patch, opts = {}) {
      const next = resolveFilters({ ...filters, ...patch });
      // A range can only be asked for the right way round.
      if (next.dateFrom && next.dateTo && next.dateFrom > next.dateTo) [next.dateFrom, next.dateTo] = [next.dateTo, next.dateFrom];
      next.egoDepth = Math.max(1, Math.min(5, Math.round(next.egoDepth) || 1));
      filters = next;
      if (refreshFilters() && opts.fit !== false) scheduleFit();
      emit("filters");
    },
    resetFilters() {
      filters = resolveFilters();
      if (refreshFilters()) scheduleFit();
      emit("filters");
    },
    getVisible: () => ({ nodes: new Set(visible?.nodes), edges: new Set(visible?.edges) }),

    getSizeBy: () => sizeBy,
    setSizeBy(metric) {
      if (!SIZE_METRICS.includes(metric)) throw new Error(`newsgraph/viewer: unknown size metric "${metric}".`);
      sizeBy = metric;
      ranking = null;
      elements.sizeBy.value = metric;
      if (sigma && graph) sigma.setNodesState(flatten(graph).nodes, { sizeBy: metric });
      if (visible) windowSizes?.apply(visible, metric);
      labeller?.refresh();
      showScales();
      emit("sizeBy");
    },

    getColorBy: () => colorBy,
    setColorBy(mode) {
      if (!COLOR_MODES.includes(mode)) throw new Error(`newsgraph/viewer: unknown colour mode "${mode}".`);
      colorBy = mode;
      elements.colorBy.value = mode;
      if (sigma && graph) sigma.setNodesState(flatten(graph).nodes, { colorBy: mode });
      legend?.setColorBy(mode);
      emit("colorBy");
    },

    getSelected: () => selected,
    select(key, opts = {}) {
      if (!sigma || !graph) return;
      if (key !== null && !graph.hasNode(key)) key = null;
      if (key === selected && !opts.center && selectedEdge === null) return;
      if (key !== null && selectedEdge !== null) app.selectEdge(null);
      if (selected !== null && graph.hasNode(selected)) sigma.setNodeState(selected, { isSelected: false });
      selected = key;
      if (key !== null) sigma.setNodeState(key, { isSelected: true });
      else search.clear();
      highlighter?.setSelected(key);
      showPanel();
      if (key !== null && opts.center) {
        // The node and its shown neighbours, in the part of the stage the drawer leaves free.
        const around = [key];
        graph.forEachNeighbor(key, (n) => void (visible?.nodes.has(n) !== false && around.push(n)));
        void fitCamera(sigma, around, { coveredBottom: coveredBottom(elements.panel, elements.graph), duration: 450 });
        // Chosen from the search or the panel (keyboard paths): move focus to the new details.
        (elements.panel.querySelector("#panel-title") as HTMLElement | null)?.focus({ preventScroll: true });
      } else if (key !== null) keepClearOfDrawer(key);
      emit("selection");
    },

    getSelectedEdge: () => selectedEdge,
    selectEdge(key) {
      if (!sigma || !graph) return;
      if (key !== null && !graph.hasEdge(key)) key = null;
      if (key === selectedEdge) return;
      if (selectedEdge !== null && graph.hasEdge(selectedEdge)) sigma.setEdgeState(selectedEdge, { isSelected: false });
      selectedEdge = key;
      if (key !== null) {
        sigma.setEdgeState(key, { isSelected: true });
        if (selected !== null) {
          sigma.setNodeState(selected, { isSelected: false });
          selected = null;
          highlighter?.setSelected(null);
        }
      }
      showPanel();
      emit("selection");
    },

    getLabelBudget: () => labeller?.getBudget() ?? labelBudget ?? 0,
    setLabelBudget(n) {
      labelBudget = Math.max(0, Math.min(MAX_LABEL_BUDGET, Math.round(n)));
      labelControl.set(labelBudget);
      labeller?.setBudget(labelBudget);
    },

    tableView() {
      if (!graph || !visible) return null;
      const flat = flatten(graph);
      const w = visible.window;
      return {
        nodes: visible.nodes,
        edges: visible.edges,
        mentions: (node) => (w ? w.nodeMentions[flat.nodeIndex.get(node)!]! : flat.nodeAttributes[flat.nodeIndex.get(node)!]!.mentions),
        weight: edgeWeight,
        community: (id) => (communityNames.has(id) ? `${communityNames.get(id)}'s` : String(id)),
      };
    },

    async fit() {
      const box = shownBox();
      if (!sigma || !box) return;
      await fitCamera(sigma, box, { coveredBottom: coveredBottom(elements.panel, elements.graph) });
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How much of the stage's bottom an overlaying element (the narrow-screen drawer) hides. */
function coveredBottom(overlay: HTMLElement, stage: HTMLElement): number {
  if (overlay.hidden || getComputedStyle(overlay).position !== "absolute") return 0;
  const o = overlay.getBoundingClientRect();
  const s = stage.getBoundingClientRect();
  return Math.max(0, Math.min(s.bottom, o.bottom) - Math.max(s.top, o.top));
}
