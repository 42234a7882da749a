import type { FilterSettings } from "./types.js";

export const DEFAULT_FILTERS: Readonly<FilterSettings> = Object.freeze({
  hiddenTypes: [],
  hiddenKinds: [],
  minEdgeWeight: 1,
  minMentions: 0,
  dateFrom: null,
  dateTo: null,
  community: null,
  hideIsolated: false,
  ego: null,
  egoDepth: 1,
});

/** Fills what a partial settings object (from the URL, say) leaves out. */
export function resolveFilters(partial: Partial<FilterSettings> = {}): FilterSettings {
  return {
    ...DEFAULT_FILTERS,
    ...partial,
    hiddenTypes: [...(partial.hiddenTypes ?? DEFAULT_FILTERS.hiddenTypes)],
    hiddenKinds: [...(partial.hiddenKinds ?? DEFAULT_FILTERS.hiddenKinds)],
  };
}
