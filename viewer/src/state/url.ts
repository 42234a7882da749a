import type { CameraView, EdgeKind, EntityType, SizeBy, ViewState } from "./types.js";

const ENTITY_TYPES: readonly EntityType[] = ["person", "country", "organization"];
const EDGE_KINDS: readonly EdgeKind[] = ["cooccurrence", "quote", "cites"];
const SIZE_BY: readonly SizeBy[] = ["mentions", "pagerank", "degree"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The URL parameters this module owns; any other (e.g. `graph`) is left as it is. */
export const STATE_PARAMS = ["node", "types", "kinds", "minw", "minm", "from", "to", "comm", "iso", "size", "cam"] as const;

/** The state as URL parameters, only what is set, in a stable order. */
export function serializeState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.node) p.set("node", state.node);
  if (state.types) p.set("types", state.types.join(","));
  if (state.kinds) p.set("kinds", state.kinds.join(","));
  if (state.minWeight !== undefined) p.set("minw", String(state.minWeight));
  if (state.minMentions !== undefined) p.set("minm", String(state.minMentions));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.community !== undefined) p.set("comm", String(state.community));
  if (state.hideIsolated) p.set("iso", "hide");
  if (state.sizeBy) p.set("size", state.sizeBy);
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
  const node = p.get("node");
  if (node) state.node = node;
  const types = listOf(p.get("types"), ENTITY_TYPES);
  if (types) state.types = types;
  const kinds = listOf(p.get("kinds"), EDGE_KINDS);
  if (kinds) state.kinds = kinds;
  const minWeight = nonNegative(p.get("minw"));
  if (minWeight !== undefined) state.minWeight = minWeight;
  const minMentions = nonNegative(p.get("minm"));
  if (minMentions !== undefined) state.minMentions = minMentions;
  const from = p.get("from");
  if (from && ISO_DATE.test(from)) state.from = from;
  const to = p.get("to");
  if (to && ISO_DATE.test(to)) state.to = to;
  const community = nonNegative(p.get("comm"));
  if (community !== undefined && Number.isInteger(community)) state.community = community;
  if (p.get("iso") === "hide") state.hideIsolated = true;
  const size = p.get("size");
  if (size && (SIZE_BY as readonly string[]).includes(size)) state.sizeBy = size as SizeBy;
  const camera = cameraOf(p.get("cam"));
  if (camera) state.camera = camera;
  return state;
}

/** A URL (search and hash) with the state written in and every foreign parameter kept. */
export function withState(location: { search: string; hash: string; pathname: string }, state: ViewState): string {
  const params = new URLSearchParams(location.search);
  for (const name of STATE_PARAMS) params.delete(name);
  for (const [name, value] of serializeState(state)) params.set(name, value);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : "") + location.hash;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (value === null) return undefined;
  // An empty list is meaningful: every type switched off.
  const items = value.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
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
