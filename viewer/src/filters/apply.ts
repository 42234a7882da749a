import { flatten } from "../graph/flat.js";
import type { DataGraph, EdgeKind } from "../graph/types.js";
import type { FilterDomain, FilterResult, FilterSettings } from "./types.js";

/**
 * The filtered graph, as the node and edge keys that pass. An edge passes when its kind, weight
 * and dates pass and both its ends pass; a node passes on its own type, mentions, community and
 * dates, and then, with hideIsolated, only if one of its edges passed.
 * Items without dates pass a date range: an undated build must not empty the view.
 */
export function applyFilters(graph: DataGraph, settings: FilterSettings): FilterResult {
  const hiddenTypes = new Set(settings.hiddenTypes);
  const hiddenKinds = new Set<EdgeKind>(settings.hiddenKinds);
  const { dateFrom, dateTo, community, minMentions, minEdgeWeight } = settings;
  const flat = flatten(graph);

  const nodes = new Set<string>();
  for (let i = 0; i < flat.nodes.length; i++) {
    const a = flat.nodeAttributes[i]!;
    if (hiddenTypes.has(a.entityType)) continue;
    if (a.mentions < minMentions) continue;
    if (community !== null && a.community !== community) continue;
    if (!overlaps(a.firstDate, a.lastDate, dateFrom, dateTo)) continue;
    nodes.add(flat.nodes[i]!);
  }

  const edges = new Set<string>();
  const linked = new Set<string>();
  for (let i = 0; i < flat.edges.length; i++) {
    const a = flat.edgeAttributes[i]!;
    if (hiddenKinds.has(a.kind) || a.weight < minEdgeWeight) continue;
    const source = flat.sources[i]!;
    const target = flat.targets[i]!;
    if (!nodes.has(source) || !nodes.has(target)) continue;
    if (!overlaps(a.firstDate, a.lastDate, dateFrom, dateTo)) continue;
    edges.add(flat.edges[i]!);
    if (settings.hideIsolated) {
      linked.add(source);
      linked.add(target);
    }
  }

  if (settings.hideIsolated) {
    for (const key of nodes) if (!linked.has(key)) nodes.delete(key);
  }
  return { nodes, edges };
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

/** Counts over what passed, for the "shown / total" figures beside each control. */
export function countVisible(graph: DataGraph, result: FilterResult): { types: Map<string, number>; kinds: Map<EdgeKind, number> } {
  const types = new Map<string, number>();
  const kinds = new Map<EdgeKind, number>();
  for (const key of result.nodes) {
    const t = graph.getNodeAttribute(key, "entityType");
    types.set(t, (types.get(t) ?? 0) + 1);
  }
  for (const key of result.edges) {
    const k = graph.getEdgeAttribute(key, "kind");
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  return { types, kinds };
}
