import { availableParallelism } from "node:os";
import type { BuildOptions } from "./index.js";

export const BUILD_DEFAULTS = {
  inputs: ["seeds"],
  out: "out",
  strict: false,
  cache: true,
  quiet: false,
  workers: "auto",
} satisfies Partial<BuildOptions>;

/** `workers: "auto"`: threads for a large corpus (leaving a core to the reduce)… */
export const AUTO_WORKERS = Math.max(1, Math.min(availableParallelism() - 1, 4));
/** …but in-process below this many inputs, where starting workers (each loads compromise) costs more than it saves. */
export const AUTO_POOL_FROM = 64;

/** The extraction cache lives with the outputs it produced (a hidden folder, never served). */
export const CACHE_FOLDER = ".cache";
