import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { DocExtraction } from "../extract/types.js";
import { openAtomic, type AtomicFile } from "../export/atomic.js";

/**
 * Extractions parked on disk between the two passes of the reduce: resolve must see the whole
 * corpus before any key is final, and holding every article's sentences in memory would not
 * scale to a large corpus.
 */
export interface Spill {
  write(doc: DocExtraction): Promise<void>;
  /** A hash of everything written, in order: what the manifest compares between runs. */
  digest(): string;
  /** Closes the file and reads it back in order. */
  read(): AsyncIterable<DocExtraction>;
  remove(): Promise<void>;
}

export function openSpill(dir: string): Spill {
  const path = join(dir, `.extractions.${process.pid}.${randomBytes(4).toString("hex")}.spill`);
  const file: AtomicFile = openAtomic(path);
  let closed = false;
  return {
    write: (doc) => file.write(`${JSON.stringify(doc)}\n`),
    digest: () => file.digest(),
    async *read() {
      if (!closed) {
        closed = true;
        await file.commit();
      }
      const lines = createInterface({ input: createReadStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 }), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as DocExtraction;
    },
    async remove() {
      if (!closed) await file.abort();
      await rm(path, { force: true });
    },
  };
}
