import { opendir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { formatOf } from "./formats.js";
import { problemItem } from "./items.js";
import { describeFsError } from "./errors.js";
import type { IngestItem } from "./types.js";

/** What one input names: stdin, a file to read, or a problem found while looking. */
export type Entry =
  | { kind: "stdin" }
  | { kind: "file"; path: string; explicit: boolean }
  | { kind: "problem"; item: IngestItem };

/**
 * The inputs as a lazy sequence of files. Directories are walked recursively, one
 * directory listing in memory at a time, entries sorted by name so that every run sees
 * the same order. Inside a directory only article files are taken (hidden files and other
 * extensions are skipped silently); a file named explicitly is always read.
 */
export async function* walkInputs(inputs: readonly string[], exclude: readonly string[] = []): AsyncGenerator<Entry> {
  const excluded = new Set(exclude.map((dir) => resolve(dir)));
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin" };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { kind: "problem", item: problemItem(input, undefined, describeFsError(err)) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(input, new Set([`${info.dev}:${info.ino}`]), excluded);
    else yield { kind: "file", path: input, explicit: true };
  }
}

async function* walkDirectory(dir: string, ancestors: Set<string>, excluded: ReadonlySet<string>): AsyncGenerator<Entry> {
  const names: string[] = [];
  try {
    for await (const entry of await opendir(dir)) names.push(entry.name);
  } catch (err) {
    yield { kind: "problem", item: problemItem(dir, undefined, describeFsError(err)) };
    return;
  }
  // Code-unit order, not the locale's: the same on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let info;
    try {
      // stat, not lstat: a symlink counts as what it points to.
      info = await stat(path);
    } catch (err) {
      yield { kind: "problem", item: problemItem(path, undefined, describeFsError(err)) };
      continue;
    }
    if (info.isDirectory()) {
      if (excluded.has(resolve(path))) continue;
      const key = `${info.dev}:${info.ino}`;
      // A symlink back up the tree would otherwise be walked forever.
      if (ancestors.has(key)) continue;
      yield* walkDirectory(path, new Set([...ancestors, key]), excluded);
    } else if (info.isFile() && formatOf(path) !== null) {
      yield { kind: "file", path, explicit: false };
    }
  }
}
