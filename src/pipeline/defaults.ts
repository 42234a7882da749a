import { availableParallelism } from "node:os";
import type { BuildOptions } from "./index.js";

export const BUILD_DEFAULTS = {
  inputs: ["seeds"],
  out: "out",
  strict: false,
  cache: true,
  quiet: false,
  workers: "auto",
  extract: {},
  /** Generous: a 16 MB article takes a few minutes on one core; only a runaway takes longer. */
  articleTimeout: 900,
  keepDuplicates: false,
} satisfies Partial<BuildOptions>;

/**
 * `workers: "auto"`: a thread per core for a large corpus. The reduce in the main thread is
 * about 6% of the work (a warm re-run, which only reduces, costs 7.5 s of CPU for 2,000
 * articles that take 72 s cold), so keeping a core for it would idle most of that core…
 */
export const AUTO_WORKERS = availableParallelism();
/** …but in-process below this many inputs, where starting workers (each loads compromise) costs more than it saves. */
export const AUTO_POOL_FROM = 64;

/** The extraction cache lives with the outputs it produced (a hidden folder, never served). */
export const CACHE_FOLDER = ".cache";
