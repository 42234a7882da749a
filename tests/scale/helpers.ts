import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brownPressCorpus, writeJsonl, type CorpusOptions } from "../bench/corpus.js";
import { CLI, ROOT } from "../bench/measure.js";

export { CLI, runBuild } from "../bench/measure.js";

/** The pool runs compiled workers: these tests need `npm run build` first (as `npm test` does). */
export function requireDist(): void {
  if (!existsSync(CLI) || !existsSync(join(ROOT, "dist", "extract", "worker.js"))) {
    spawnSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: ROOT, stdio: "ignore" });
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));
}

/** A JSON Lines corpus of real press articles [from, count) in a fresh folder; returns its path. */
export function corpusFile(count: number, options: CorpusOptions = {}, from = 0): string {
  const file = join(tempDir("corpus"), "corpus.jsonl");
  writeJsonl(file, brownPressCorpus(count, options).slice(from));
  return file;
}

/** Every cache entry under an output folder, with its modification time. */
export function cacheEntries(out: string): Map<string, number> {
  const entries = new Map<string, number>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".json")) entries.set(path, statSync(path).mtimeMs);
    }
  };
  walk(join(out, ".cache"));
  return entries;
}

export const read = (path: string) => readFileSync(path, "utf8");

const OUTPUTS = ["graph.json", "graph.gexf", "nodes.csv", "edges.csv", "extractions.jsonl"];

/** Digests of a build's output files: a mismatch names the file without dumping megabytes. */
export const digests = (out: string) =>
  Object.fromEntries(OUTPUTS.map((f) => [f, createHash("sha256").update(read(join(out, f))).digest("hex")]));

/** How many articles the build's summary says came from the cache. */
export const fromCache = (stdout: string) => Number(/\((\d+) from cache\)/.exec(stdout)?.[1] ?? 0);
