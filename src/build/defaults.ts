import { availableParallelism } from "node:os";
import type { BuildOptions } from "./index.js";

export const BUILD_DEFAULTS = {
  inputs: ["seeds"],
  out: "out",
  strict: false,
  cache: true,
  quiet: false,
  workers: Math.max(1, Math.min(availableParallelism(), 4)),
} satisfies Partial<BuildOptions>;

/** The extraction cache lives with the outputs it produced (a hidden folder, never served). */
export const CACHE_FOLDER = ".cache";
