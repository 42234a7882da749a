import type { Readable } from "node:stream";

export interface IngestOptions {
  /** What "-" reads. Tests pass a Readable here. */
  stdin: Readable;
  /** A title made from the text is cut to this many characters. */
  maxTitleLength: number;
  /**
   * Largest article accepted, in bytes: a text or HTML file, or one JSON line. Article
   * text is untrusted; a huge one is reported and skipped rather than held in memory.
   */
  maxArticleBytes: number;
  /** Largest `.json` file accepted (a JSON array is parsed whole, not streamed). */
  maxJsonBytes: number;
  /** Read size for files and the line splitter. */
  chunkBytes: number;
  /**
   * Folders a directory walk passes over: the build's own output folder, when it lies inside
   * an input folder, holds JSON that is no article.
   */
  exclude: readonly string[];
}

export const DEFAULTS: Omit<IngestOptions, "stdin"> = {
  maxTitleLength: 120,
  maxArticleBytes: 16 * 1024 * 1024,
  maxJsonBytes: 512 * 1024 * 1024,
  chunkBytes: 64 * 1024,
  exclude: [],
};

export function resolveOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  return { ...DEFAULTS, stdin: process.stdin, ...stripUndefined(options) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Prefix of every message this stage writes. */
export const STAGE = "newsgraph/ingest";
