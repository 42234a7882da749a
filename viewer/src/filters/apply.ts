import { flatten } from "../graph/flat.js";
import { EDGE_KINDS, type DataGraph, type EdgeKind } from "../graph/types.js";
import type { FilterDomain, FilterResult, FilterSettings, KeyView } from "./types.js";

/**
 * The filtered graph. An edge passes when its kind, weight and dates pass and both its ends
 * pass; a node passes on its own type, mentions, community and dates, and then, with
 * hideIsolated, only if one of its edges passed. Items without dates pass a date range: an
 * undated build must not empty the view. One pass over typed arrays: a slider dragged over a
 * 50,000-edge graph asks for this every frame.
 */
export function applyFilters(graph: DataGraph, settings: FilterSettings): FilterResult {
  const hiddenTypes = new Set(settings.hiddenTypes);
  const hiddenKinds = EDGE_KINDS.map((k) => settings.hiddenKinds.includes(k));
  const { dateFrom, dateTo, community, minMentions, minEdgeWeight } = settings;
  const byDate = dateFrom !== null || dateTo !== null;
  const flat = flatten(graph);
  const { nodeAttributes, edgeAttributes, sources, targets, kinds } = flat;

  const nodeMask = new Uint8Array(nodeAttributes.length);
  for (let i = 0; i < nodeAttributes.length; i++) {
    const a = nodeAttributes[i]!;
    if (hiddenTypes.has(a.entityType)) continue;
    if (a.mentions < minMentions) continue;
    if (community !== null && a.community !== community) continue;
    if (byDate && !overlaps(a.firstDate, a.lastDate, dateFrom, dateTo)) continue;
    nodeMask[i] = 1;
  }

  const edgeMask = new Uint8Array(edgeAttributes.length);
  const linked = settings.hideIsolated ? new Uint8Array(nodeAttributes.length) : null;
  const kindCounts = new Array<number>(EDGE_KINDS.length).fill(0);
  let edgeCount = 0;
  for (let i = 0; i < edgeAttributes.length; i++) {
    const kind = kinds[i]!;
    if (hiddenKinds[kind]) continue;
    const a = edgeAttributes[i]!;
    if (a.weight < minEdgeWeight) continue;
    const source = sources[i]!;
    const target = targets[i]!;
    if (!nodeMask[source] || !nodeMask[target]) continue;
    if (byDate && !overlaps(a.firstDate, a.lastDate, dateFrom, dateTo)) continue;
    edgeMask[i] = 1;
    edgeCount++;
    kindCounts[kind]!++;
    if (linked) linked[source] = linked[target] = 1;
  }

  const types = new Map<string, number>();
  let nodeCount = 0;
  for (let i = 0; i < nodeMask.length; i++) {
    if (linked && !linked[i]) nodeMask[i] = 0;
    if (!nodeMask[i]) continue;
    nodeCount++;
    const t = nodeAttributes[i]!.entityType;
    types.set(t, (types.get(t) ?? 0) + 1);
  }
  const kindsShown = new Map<EdgeKind, number>();
  EDGE_KINDS.forEach((k, i) => kindCounts[i]! > 0 && kindsShown.set(k, kindCounts[i]!));

  return {
    nodes: keyView(flat.nodes, flat.nodeIndex, nodeMask, nodeCount),
    edges: keyView(flat.edges, flat.edgeIndex, edgeMask, edgeCount),
    nodeMask,
    edgeMask,
    types,
    kinds: kindsShown,
  };
}

function keyView(keys: string[], index: Map<string, number>, mask: Uint8Array, size: number): KeyView {
  return {
    size,
    has: (key) => mask[index.get(key) ?? -1] === 1,
    *[Symbol.iterator]() {
      for (let i = 0; i < mask.length; i++) if (mask[i]) yield keys[i]!;
    },
  };
}

function overlaps(first: string | null, last: string | null, from: string | null, to: string | null): boolean {
  if (!first && !last) return true;
  const start = first ?? last!;
  const end = last ?? first!;
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}

/** Counts and ranges the filter controls offer for this dataset. */
export function filterDomain(graph: DataGraph): FilterDomain {
  const domain: FilterDomain = {
    types: new Map(),
    kinds: new Map(),
    communities: new Map(),
    maxEdgeWeight: 1,
    maxMentions: 0,
    minDate: null,
    maxDate: null,
  };
  const seeDate = (d: string | null) => {
    if (!d) return;
    if (!domain.minDate || d < domain.minDate) domain.minDate = d;
    if (!domain.maxDate || d > domain.maxDate) domain.maxDate = d;
  };
  graph.forEachNode((_key, a) => {
    domain.types.set(a.entityType, (domain.types.get(a.entityType) ?? 0) + 1);
    domain.communities.set(a.community, (domain.communities.get(a.community) ?? 0) + 1);
    domain.maxMentions = Math.max(domain.maxMentions, a.mentions);
    seeDate(a.firstDate);
    seeDate(a.lastDate);
  });
  graph.forEachEdge((_key, a) => {
    domain.kinds.set(a.kind, (domain.kinds.get(a.kind) ?? 0) + 1);
    domain.maxEdgeWeight = Math.max(domain.maxEdgeWeight, a.weight);
    seeDate(a.firstDate);
    seeDate(a.lastDate);
  });
  return domain;
}
