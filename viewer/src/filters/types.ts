import type { EdgeKind } from "../graph/types.js";
import type { WindowCounts } from "../timeline/model.js";

/** What the user asked to see. Every field's neutral value is in DEFAULT_FILTERS. */
export interface FilterSettings {
  /** Entity types switched off. */
  hiddenTypes: string[];
  /** Edge kinds switched off. */
  hiddenKinds: EdgeKind[];
  minEdgeWeight: number;
  minMentions: number;
  /** Inclusive ISO dates (YYYY-MM-DD); null leaves that end open. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Only this community, or all when null. */
  community: number | null;
  hideIsolated: boolean;
  /** Only this node and the nodes within egoDepth links of it (through links that pass), or all when null. */
  ego: string | null;
  egoDepth: number;
}

/** A read-only set of keys, backed by a mask over the dataset's arrays. */
export interface KeyView extends Iterable<string> {
  readonly size: number;
  has(key: string): boolean;
}

/**
 * What passes the filters: the filtered graph, as key views and as one byte per node and per
 * edge at its position in flatten(graph), with the counts the legend shows.
 */
export interface FilterResult {
  nodes: KeyView;
  edges: KeyView;
  nodeMask: Uint8Array;
  edgeMask: Uint8Array;
  /** Shown nodes per entity type and shown edges per kind. */
  types: Map<string, number>;
  kinds: Map<EdgeKind, number>;
  /** With a date range: mentions and weights inside it (flat order), the articles in it. */
  window: WindowCounts | null;
}

/** What the filter controls can offer for a given dataset. */
export interface FilterDomain {
  types: Map<string, number>;
  kinds: Map<EdgeKind, number>;
  communities: Map<number, number>;
  /** Each community's most mentioned member, its name in the controls and legend. */
  communityLeaders: Map<number, string>;
  maxEdgeWeight: number;
  maxMentions: number;
  minDate: string | null;
  maxDate: string | null;
}
