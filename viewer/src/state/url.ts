import type { EdgeKind } from "../graph/types.js";
import type { FilterSettings } from "../filters/types.js";
import type { CameraView, SizeBy, ViewState } from "./types.js";

const EDGE_KINDS: readonly EdgeKind[] = ["cooccurrence", "quote", "cites"];
const SIZE_BY: readonly SizeBy[] = ["mentions", "pagerank", "degree"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TYPE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** The URL parameters this module owns; any other (e.g. `graph`) is left as it is. */
export const STATE_PARAMS = ["node", "edge", "hide", "hidek", "minw", "minm", "from", "to", "comm", "iso", "ego", "depth", "size", "color", "cam"] as const;

/** The state as URL parameters, only what is set, in a stable order. */
export function serializeState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const f: Partial<FilterSettings> = state.filters ?? {};
  if (state.node) p.set("node", state.node);
  if (state.edge) p.set("edge", state.edge);
  if (f.hiddenTypes?.length) p.set("hide", f.hiddenTypes.join(","));
  if (f.hiddenKinds?.length) p.set("hidek", f.hiddenKinds.join(","));
  if (f.minEdgeWeight !== undefined) p.set("minw", String(f.minEdgeWeight));
  if (f.minMentions !== undefined) p.set("minm", String(f.minMentions));
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (f.community !== undefined && f.community !== null) p.set("comm", String(f.community));
  if (f.hideIsolated) p.set("iso", "hide");
  if (f.ego) p.set("ego", f.ego);
  if (f.ego && f.egoDepth !== undefined) p.set("depth", String(f.egoDepth));
  if (state.sizeBy) p.set("size", state.sizeBy);
  if (state.colorBy && state.colorBy !== "type") p.set("color", state.colorBy);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    // Enough digits to land on the same node, few enough to keep the link readable.
    p.set("cam", [x, y, ratio].map((n) => Number(n.toPrecision(5))).join(","));
  }
  return p;
}

/**
 * The state a URL asks for. The URL is untrusted input: anything malformed is dropped, never
 * thrown, so a hand-edited link still opens the graph.
 */
export function parseState(search: string | URLSearchParams): ViewState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const state: ViewState = {};
  const filters: Partial<FilterSettings> = {};

  const node = p.get("node");
  if (node) state.node = node;
  const edge = p.get("edge");
  if (edge) state.edge = edge;
  const hide = p.get("hide");
  if (hide) filters.hiddenTypes = unique(hide.split(",").filter((t) => TYPE_NAME.test(t)));
  const hidek = p.get("hidek");
  if (hidek) filters.hiddenKinds = unique(hidek.split(",").filter((k): k is EdgeKind => (EDGE_KINDS as string[]).includes(k)));
  const minWeight = nonNegative(p.get("minw"));
  if (minWeight !== undefined) filters.minEdgeWeight = minWeight;
  const minMentions = nonNegative(p.get("minm"));
  if (minMentions !== undefined) filters.minMentions = minMentions;
  const from = p.get("from");
  if (from && ISO_DATE.test(from)) filters.dateFrom = from;
  const to = p.get("to");
  if (to && ISO_DATE.test(to)) filters.dateTo = to;
  const community = p.get("comm");
  // Communities are integers; the dataset uses -1 for "none computed".
  if (community !== null && /^-?\d{1,9}$/.test(community)) filters.community = Number(community);
  if (p.get("iso") === "hide") filters.hideIsolated = true;
  const ego = p.get("ego");
  if (ego) {
    filters.ego = ego;
    const depth = p.get("depth");
    if (depth && /^[1-5]$/.test(depth)) filters.egoDepth = Number(depth);
  }
  if (Object.keys(filters).length > 0) state.filters = filters;

  const size = p.get("size");
  if (size && (SIZE_BY as readonly string[]).includes(size)) state.sizeBy = size as SizeBy;
  if (p.get("color") === "community") state.colorBy = "community";
  const camera = cameraOf(p.get("cam"));
  if (camera) state.camera = camera;
  return state;
}

/** A URL (path, search and hash) with the state written in and every foreign parameter kept. */
export function withState(location: { search: string; hash: string; pathname: string }, state: ViewState): string {
  const params = new URLSearchParams(location.search);
  for (const name of STATE_PARAMS) params.delete(name);
  for (const [name, value] of serializeState(state)) params.set(name, value);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : "") + location.hash;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function nonNegative(value: string | null): number | undefined {
  if (value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function cameraOf(value: string | null): CameraView | undefined {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite) || parts[2]! <= 0) return undefined;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}
