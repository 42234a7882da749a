/**
 * The record of what a build's outputs were made from, and of the outputs themselves. When a
 * re-run extracts (or takes from the cache) exactly the same extractions, with the same graph
 * options and the same compiled code, the reduce would rewrite the same files: the manifest
 * lets it skip resolve, layout and export, the part of a warm re-run that does not shrink with
 * the cache. Each output's hash is recorded and checked, so a folder holding files of two
 * builds (one killed while publishing) is never taken for up to date.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { writeAtomic } from "../export/atomic.js";
import type { Positions } from "../graph/index.js";
import { compiledCodeHash } from "./code.js";
import type { BuildSummary } from "./summary.js";

/** Beside the outputs it describes, outside the cache folder (which is pruned by version). */
export const MANIFEST = ".manifest.json";

export interface Manifest {
  key: string;
  files: string[];
  /** sha256 (hex) of each file, by path. */
  hashes: Record<string, string>;
  entities: BuildSummary["entities"];
  edges: BuildSummary["edges"];
  /** What the summary reported about the reduce (capped list sentences…), so an up-to-date run reports it too. */
  notes: string[];
}

/** `extractions`: a digest of every extraction in corpus order (the spill computes it). */
export function manifestKey(extractions: string, graphOptions: unknown): string {
  return createHash("sha256")
    .update(extractions)
    .update("\0")
    .update(JSON.stringify(graphOptions ?? {}))
    .update("\0")
    .update(compiledCodeHash())
    .digest("hex");
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Whether every file the manifest lists still has the hash it wrote; `at` finds a listed file now. */
async function intact(manifest: Manifest, at: (file: string) => string = (file) => file): Promise<boolean> {
  const same = await Promise.all(manifest.files.map(async (file) => (await fileHash(at(file))) === manifest.hashes[file]));
  return same.every(Boolean);
}

/**
 * Where the previous build put its nodes, from its graph.json while the manifest vouches for
 * the whole output set (a folder mixing files of two builds, or of a killed one, gives none):
 * a grown graph's layout starts there. Read before this build publishes, which replaces it.
 */
export async function previousPositions(out: string, graphJson: string): Promise<Positions | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), "utf8")) as Manifest;
    // Paths relative to the folder the manifest was written in: it may have been given another
    // way (./out, an absolute path) or moved since.
    const recorded = Object.keys(manifest.hashes ?? {}).find((file) => basename(file) === graphJson);
    if (recorded === undefined) return undefined;
    const here = (file: string) => join(out, relative(dirname(recorded), file));
    if (!(await intact(manifest, here))) return undefined;
    const graph = JSON.parse(await readFile(here(recorded), "utf8")) as { nodes: Array<{ key: string; attributes: { x: number; y: number } }> };
    return new Map(graph.nodes.map(({ key, attributes: { x, y } }) => [key, { x, y }]));
  } catch {
    return undefined;
  }
}

/** The previous build's manifest when its key matches and every file it lists is still the one it wrote. */
export async function upToDate(out: string, key: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), "utf8")) as Manifest;
    if (manifest.key !== key || typeof manifest.hashes !== "object" || manifest.hashes === null) return null;
    return (await intact(manifest)) ? manifest : null;
  } catch {
    return null;
  }
}

export function writeManifest(out: string, manifest: Manifest): Promise<void> {
  return writeAtomic(join(out, MANIFEST), () => `${JSON.stringify(manifest)}\n`);
}

/** Before a build publishes anything: from here until its new manifest, the folder is not up to date. */
export function removeManifest(out: string): Promise<void> {
  return rm(join(out, MANIFEST), { force: true });
}
