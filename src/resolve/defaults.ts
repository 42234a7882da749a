import type { ResolveOptions } from "./types.js";

export const RESOLVE_DEFAULTS: Required<ResolveOptions> = {
  mergeSurnames: true,
};
