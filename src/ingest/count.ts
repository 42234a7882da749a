import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { walkInputs } from "./walk.js";
import { type Format, formatOf, sniffFormat } from "./formats.js";

/** Above this size a JSON array is not parsed just to count it. */
const MAX_JSON_TO_COUNT = 32 * 1024 * 1024;

/**
 * How many records `ingest` will read from these inputs (articles, and the bad lines or
 * items it will report), for a progress bar: non-blank lines of JSON Lines files (a byte
 * scan, no parsing), elements of small JSON arrays, one per other file. Null when it
 * cannot be known cheaply: stdin, a large JSON array.
 */
export async function countInputs(inputs: readonly string[], exclude: readonly string[] = []): Promise<number | null> {
  let total = 0;
  for await (const entry of walkInputs(inputs, exclude)) {
    if (entry.kind === "stdin") return null;
    if (entry.kind === "problem") continue;
    try {
      const n = await countFile(entry.path, formatOf(entry.path) ?? (await sniffFile(entry.path)));
      if (n === null) return null;
      total += n;
    } catch {
      // ingest reports the unreadable file; it holds no articles.
    }
  }
  return total;
}

async function countFile(path: string, format: Format): Promise<number | null> {
  if (format === "jsonl") return countNonBlankLines(path);
  if (format !== "json") return 1;
  if ((await stat(path)).size > MAX_JSON_TO_COUNT) return null;
  try {
    const data: unknown = JSON.parse(await readFile(path, "utf8"));
    return Array.isArray(data) ? data.length : 1;
  } catch {
    // not JSON: ingest may read it as JSON Lines, one record a line
    return countNonBlankLines(path);
  }
}

async function sniffFile(path: string): Promise<Format> {
  for await (const chunk of createReadStream(path, { start: 0, end: 4095 })) {
    return sniffFormat(chunk as Buffer, true) ?? "text";
  }
  return "text";
}

async function countNonBlankLines(path: string): Promise<number> {
  let count = 0;
  let blank = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0 || start < chunk.length; nl = chunk.indexOf(10, start)) {
      const end = nl < 0 ? chunk.length : nl;
      // A record line starts with "{" at once: the scan stops at its first byte.
      for (let i = start; blank && i < end; i++) if (chunk[i]! > 0x20) blank = false;
      if (nl < 0) break;
      if (!blank) count++;
      blank = true;
      start = nl + 1;
    }
  }
  return blank ? count : count + 1;
}
