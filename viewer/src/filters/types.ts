import type { EdgeKind } from "../graph/types.js";

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
}

/** The keys that pass the filters: the filtered graph, as sets over the dataset. */
export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What the filter controls can offer for a given dataset. */
export interface FilterDomain {
  types: Map<string, number>;
  kinds: Map<EdgeKind, number>;
  communities: Map<number, number>;
  maxEdgeWeight: number;
  maxMentions: number;
  minDate: string | null;
  maxDate: string | null;
}
