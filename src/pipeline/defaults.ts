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
  /**
   * Seconds per started megabyte of an article's text. Generous: ordinary prose takes about
   * 15 s per MB on one idle core, and 60–80 s on this 2-core machine shared by a dozen processes.
   */
  articleTimeout: 300,
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
