import type { ViewerSigma } from "../appearance/styles.js";
import { isCameraMoving, onCameraRest } from "../camera/index.js";
import type { DataGraph } from "../graph/types.js";
import { placeLabels, type LabelCandidate } from "./place.js";
import { nodeDisplay } from "../appearance/display.js";

export { defaultLabelBudget, placeLabels, type LabelCandidate } from "./place.js";

export interface LabellerOptions {
  font: string;
  fontSize: number;
  /** Whether a node passes the filters. */
  isShown(key: string): boolean;
  /** Whether a link passes the filters. */
  isEdgeShown(key: string): boolean;
  /** The shown nodes, most important first (the size metric, in the time window when one is set). */
  ranking(): Iterable<string>;
  /** A link's weight as the view counts it (in the time window when one is set). */
  edgeWeight(key: string): number;
}

export interface Labeller {
  /** Labels on screen wanted at most. */
  setBudget(n: number): void;
  getBudget(): number;
  /** The hovered or selected node, or null: its own label first, then its strongest neighbours'. */
  setFocus(key: string | null): void;
  /** Places labels again (after filters, size metric, time window or positions changed). */
  refresh(): void;
  /** The shown links changed, not the shown nodes: only a focused node's labels (its neighbours by link weight) can move. */
  linksChanged(): void;
  /** The nodes labelled now. */
  labelled(): Set<string>;
}

/**
 * Chooses which nodes carry a label: the viewer's own placement instead of sigma's label
 * grid, which picks per grid cell over every node it was given when it last processed them —
 * so after a filter it kept labelling the nodes of the full graph. Here the labels are, in
 * order of importance, the shown nodes whose label box is on screen and overlaps no label
 * already placed, up to the budget ("labels on screen"). With a node focused: that node, then
 * its neighbours by link weight, nothing else, and still no overlap. Chosen nodes get the
 * `isLabelled` state (appearance/rules.ts); only the nodes that change are touched. Placement
 * waits for the camera to rest (camera/rest.ts): while it moves, the labels already chosen
 * move with it, as sigma's own labels do with hideLabelsOnMove — placing and restyling labels
 * on every frame made a camera move cost several times what drawing it does.
 */
export function createLabeller(sigma: ViewerSigma, graph: DataGraph, budget: number, options: LabellerOptions): Labeller {
  let focus: string | null = null;
  let current = new Set<string>();
  let frame = 0;
  const widths = new Map<string, number>();
  const context = document.createElement("canvas").getContext("2d");
  // Set once: assigning a font parses it again, on every label measured.
  if (context) context.font = `${options.fontSize}px ${options.font}`;
  const width = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = context ? context.measureText(text).width : text.length * options.fontSize * 0.6;
      widths.set(text, w);
    }
    return w;
  };

  function* candidates(keys: Iterable<string>): Generator<LabelCandidate> {
    for (const key of keys) {
      const data = nodeDisplay(sigma, key);
      if (!data || data.visibility === "hidden" || !data.label) continue;
      const at = sigma.framedGraphToViewport(data);
      const label = data.label;
      yield { key, x: at.x, y: at.y, radius: sigma.scaleSize(data.size), get width() { return width(label); } };
    }
  }

  const neighbourhood = (key: string): string[] => {
    const weights = new Map<string, number>();
    graph.forEachEdge(key, (edge, _a, source, target) => {
      if (!options.isEdgeShown(edge)) return;
      const other = source === key ? target : source;
      if (other !== key) weights.set(other, (weights.get(other) ?? 0) + options.edgeWeight(edge));
    });
    return [key, ...[...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k)];
  };

  /** Places the labels and sets the states of the nodes that change; returns whether any did. */
  const place = (): boolean => {
    frame = 0;
    // The rest that ends the move places them.
    if (isCameraMoving(sigma)) return false;
    const { width: w, height: h } = sigma.getDimensions();
    const focused = focus !== null && graph.hasNode(focus) && options.isShown(focus) ? focus : null;
    const order = focused !== null ? neighbourhood(focused) : options.ranking();
    const next = new Set(placeLabels(candidates(order), { budget, viewport: { width: w, height: h }, fontSize: options.fontSize, margin: 2 }));
    // The focused node keeps its label even off the edge of the screen's label budget.
    if (focused !== null) next.add(focused);
    const off = [...current].filter((k) => !next.has(k) && graph.hasNode(k));
    const on = [...next].filter((k) => !current.has(k));
    if (off.length) sigma.setNodesState(off, { isLabelled: false });
    if (on.length) sigma.setNodesState(on, { isLabelled: true });
    current = next;
    return off.length + on.length > 0;
  };

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(place);
  }

  // A placement still pending when sigma draws a frame is made inside that frame, once sigma
  // has refreshed the nodes' display data (a node just shown by a filter has size 0 before):
  // placed after it, the labels cost a second frame — sigma's scan of every node and link
  // state, then a full redraw — for ~26 nodes' labels.
  sigma.on("beforeClear", () => {
    if (!frame) return;
    cancelAnimationFrame(frame);
    const frameSigma = sigma as unknown as SigmaFrame;
    if (!isSigmaFrame(frameSigma)) return void place();
    // The frame's resize or reprocess may have moved the stage: positions from this frame's matrices.
    frameSigma.refreshMatrices();
    const flagsDirty = frameSigma.stateManager.graphStateFlagsDirty;
    const scheduled = frameSigma.renderFrame;
    if (!place()) return;
    applyInFrame(frameSigma, flagsDirty, scheduled);
  });

  onCameraRest(sigma, schedule);
  sigma.on("resize", schedule);
  // A layout step moves nodes: their labels may now overlap.
  sigma.on("afterProcess", schedule);
  schedule();

  return {
    setBudget(n) {
      budget = Math.max(0, Math.round(n));
      schedule();
    },
    getBudget: () => budget,
    setFocus(key) {
      if (key === focus) return;
      focus = key;
      // Right away, not next frame: the hover's own frame should show the new labels.
      cancelAnimationFrame(frame);
      place();
    },
    refresh: schedule,
    linksChanged: () => void (focus !== null && schedule()),
    labelled: () => new Set(current),
  };
}

/**
 * The parts of sigma 4's renderer that an in-frame state change goes through: private, since
 * sigma 4 (4.0.4) has no public call that applies state changes to the frame being drawn. The
 * public route (setNodesState alone) draws them a frame later, after rescanning every node and
 * link state for its graph-wide flags: 6–9 ms and a full redraw per filter change on 3,000 nodes.
 * When these parts are not there (another sigma version), placement falls back to that route.
 */
interface SigmaFrame {
  stateManager: { graphStateFlagsDirty: boolean };
  labelRenderer: { labelsDirty: boolean };
  renderFrame: number | null;
  needToRefreshState: boolean;
  pendingProcess: string;
  refreshState(): void;
  refreshMatrices(): void;
}

function isSigmaFrame(s: Partial<SigmaFrame>): s is SigmaFrame {
  return typeof s.refreshState === "function" && typeof s.refreshMatrices === "function" && typeof s.stateManager?.graphStateFlagsDirty === "boolean" && typeof s.labelRenderer?.labelsDirty === "boolean";
}

/**
 * Applies the label states just set to the frame sigma is drawing: the changed nodes' styles
 * refreshed now, the label buffers rebuilt, and the frame their change scheduled cancelled.
 * `isLabelled` moves none of sigma's graph-wide flags (hovered, highlighted, dragged), so the
 * flags keep the dirtiness they had: sigma would otherwise rescan all node and link states.
 */
function applyInFrame(s: SigmaFrame, flagsDirty: boolean, scheduledBefore: number | null): void {
  s.stateManager.graphStateFlagsDirty = flagsDirty;
  s.refreshState();
  s.labelRenderer.labelsDirty = true;
  // Something else asked for a frame, or the refresh needs a reprocess: that frame stays.
  if (scheduledBefore !== null || s.pendingProcess !== "none" || s.renderFrame === null) return;
  cancelAnimationFrame(s.renderFrame);
  s.renderFrame = null;
  s.needToRefreshState = false;
}
