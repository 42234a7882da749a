import type { ResolveOptions } from "./types.js";

export const RESOLVE_DEFAULTS: Required<ResolveOptions> = {
  mergeSurnames: true,
  dominantShare: 0.8,
  maxBlock: 400,
};
