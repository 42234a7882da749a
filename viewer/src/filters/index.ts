export { applyFilters, filterDomain } from "./apply.js";
export { DEFAULT_FILTERS, resolveFilters } from "./defaults.js";
export type { FilterDomain, FilterResult, FilterSettings, KeyView } from "./types.js";
