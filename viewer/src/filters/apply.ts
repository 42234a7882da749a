import { flatten } from "../graph/flat.js";
import { EDGE_KINDS, type DataGraph, type EdgeKind } from "../graph/types.js";
import { windowCounts, type TimeIndex } from "../timeline/model.js";
import type { FilterDomain, FilterResult, FilterSettings, KeyView } from "./types.js";

/**
 * The filtered graph. An edge passes when its kind and weight pass and both its ends pass; a
 * node passes on its own type, mentions and community, and then, with hideIsolated, only if
 * one of its edges passed. With a date range, mentions and weights are those inside it (the
 * build's per-date counts, `time`): a node or link not mentioned in the window is out, and the
 * minimums apply to what the window counts. Items without dates pass a date range: an undated
 * build must not empty the view. With an ego node, only the nodes within egoDepth passing links
 * of it remain. One pass over typed arrays: a slider dragged over a 50,000-edge graph asks for
 * this every frame.
 */
export function applyFilters(graph: DataGraph, settings: FilterSettings, time: TimeIndex | null = null): FilterResult {
  const hiddenTypes = new Set(settings.hiddenTypes);
  const hiddenKinds = EDGE_KINDS.map((k) => settings.hiddenKinds.includes(k));
  const { dateFrom, dateTo, community, minMentions, minEdgeWeight } = settings;
  const byDate = (dateFrom !== null || dateTo !== null) && time !== null && time.days.length > 0;
  const window = byDate ? windowCounts(time!, dateFrom, dateTo) : null;
  const flat = flatten(graph);
  const { nodeAttributes, edgeAttributes, sources, targets, kinds } = flat;

  const nodeMask = new Uint8Array(nodeAttributes.length);
  for (let i = 0; i < nodeAttributes.length; i++) {
    const a = nodeAttributes[i]!;
    if (hiddenTypes.has(a.entityType)) continue;
    const mentions = window ? window.nodeMentions[i]! : a.mentions;
    if (window && mentions <= 0) continue;
    if (mentions < minMentions) continue;
    if (community !== null && a.community !== community) continue;
    nodeMask[i] = 1;
  }

  const edgeMask = new Uint8Array(edgeAttributes.length);
  const linked = settings.hideIsolated ? new Uint8Array(nodeAttributes.length) : null;
  const kindCounts = new Array<number>(EDGE_KINDS.length).fill(0);
  let edgeCount = 0;
  for (let i = 0; i < edgeAttributes.length; i++) {
    const kind = kinds[i]!;
    if (hiddenKinds[kind]) continue;
    const weight = window ? window.edgeWeights[i]! : edgeAttributes[i]!.weight;
    if (window && weight <= 0) continue;
    if (weight < minEdgeWeight) continue;
    const source = sources[i]!;
    const target = targets[i]!;
    if (!nodeMask[source] || !nodeMask[target]) continue;
    edgeMask[i] = 1;
    edgeCount++;
    kindCounts[kind]!++;
    if (linked) linked[source] = linked[target] = 1;
  }

  for (let i = 0; linked && i < nodeMask.length; i++) if (!linked[i]) nodeMask[i] = 0;
  const ego = settings.ego === null ? -1 : (flat.nodeIndex.get(settings.ego) ?? -1);
  if (settings.ego !== null) {
    const reached = ego >= 0 && nodeMask[ego] ? egoReach(flat, edgeMask, ego, settings.egoDepth) : new Uint8Array(nodeMask.length);
    for (let i = 0; i < nodeMask.length; i++) if (!reached[i]) nodeMask[i] = 0;
    for (let i = 0; i < edgeMask.length; i++) {
      if (edgeMask[i] && (!reached[sources[i]!] || !reached[targets[i]!])) {
        edgeMask[i] = 0;
        edgeCount--;
        kindCounts[kinds[i]!]!--;
      }
    }
  }

  const types = new Map<string, number>();
  let nodeCount = 0;
  for (let i = 0; i < nodeMask.length; i++) {
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
    window,
  };
}

/** Nodes within `depth` passing links of `start` (breadth first over the flat arrays). */
function egoReach(flat: ReturnType<typeof flatten>, edgeMask: Uint8Array, start: number, depth: number): Uint8Array {
  const reached = new Uint8Array(flat.nodes.length);
  reached[start] = 1;
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const inFrontier = new Uint8Array(flat.nodes.length);
    for (const n of frontier) inFrontier[n] = 1;
    const next: number[] = [];
    for (let i = 0; i < edgeMask.length; i++) {
      if (!edgeMask[i]) continue;
      const s = flat.sources[i]!;
      const t = flat.targets[i]!;
      if (inFrontier[s] && !reached[t]) {
        reached[t] = 1;
        next.push(t);
      } else if (inFrontier[t] && !reached[s]) {
        reached[s] = 1;
        next.push(s);
      }
    }
    frontier = next;
  }
  return reached;
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

/** Counts and ranges the filter controls offer for this dataset. */
export function filterDomain(graph: DataGraph): FilterDomain {
  const domain: FilterDomain = {
    types: new Map(),
    kinds: new Map(),
    communities: new Map(),
    communityLeaders: new Map(),
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
  const leaderMentions = new Map<number, number>();
  graph.forEachNode((_key, a) => {
    domain.types.set(a.entityType, (domain.types.get(a.entityType) ?? 0) + 1);
    domain.communities.set(a.community, (domain.communities.get(a.community) ?? 0) + 1);
    if (a.mentions > (leaderMentions.get(a.community) ?? -1)) {
      leaderMentions.set(a.community, a.mentions);
      domain.communityLeaders.set(a.community, a.label);
    }
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
