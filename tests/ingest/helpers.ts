import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { ingest, type Article, type IngestItem, type IngestOptions, type IngestProblem } from "../../src/ingest/index.js";

export const FIXTURES = new URL("../fixtures/ingest/", import.meta.url).pathname;

export async function readAll(inputs: string[], options: Partial<IngestOptions> = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, options)) items.push(item);
  return items;
}

export function articles(items: IngestItem[]): Article[] {
  return items.flatMap((i) => (i.kind === "article" ? [i.article] : []));
}

export function problems(items: IngestItem[]): IngestProblem[] {
  return items.flatMap((i) => (i.kind === "problem" ? [i.problem] : []));
}

/** stdin stand-in: the given chunks, then end. */
export function stdinOf(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
