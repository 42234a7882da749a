import { createReadStream } from "node:fs";
import type { IngestItem } from "./types.js";
import { type IngestOptions, resolveOptions } from "./defaults.js";
import { walkInputs } from "./walk.js";
import { formatOf } from "./formats.js";
import { readSource } from "./source.js";

export type { Article, IngestItem, IngestProblem } from "./types.js";
export type { IngestOptions } from "./defaults.js";
export { DEFAULTS } from "./defaults.js";
export { countInputs } from "./count.js";
export { normaliseDate } from "./dates.js";
export { createDuplicates, type Duplicates } from "./duplicates.js";

/** How stdin is named in problems and in `Article.origin.file`. */
export const STDIN_NAME = "<stdin>";

/**
 * Reads articles from files, directories (recursively, in sorted order) and "-" (stdin),
 * one at a time: a JSON Lines corpus is streamed line by line, never loaded whole.
 * Bad input never throws: it is yielded as `{kind: "problem"}` and reading goes on.
 */
export async function* ingest(inputs: readonly string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = resolveOptions(options);
  for await (const entry of walkInputs(inputs, opts.exclude)) {
    if (entry.kind === "problem") yield entry.item;
    else if (entry.kind === "stdin") yield* readSource(STDIN_NAME, opts.stdin, null, opts);
    else {
      const stream = createReadStream(entry.path, { highWaterMark: opts.chunkBytes });
      yield* readSource(entry.path, stream, formatOf(entry.path), opts);
    }
  }
}
