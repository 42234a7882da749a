/**
 * The record of what a build's outputs were made from. When a re-run extracts (or takes from
 * the cache) exactly the same extractions, with the same graph options and the same compiled
 * code, the reduce would rewrite the same files: the manifest lets it skip resolve, layout and
 * export, the part of a warm re-run that does not shrink with the cache.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "../export/atomic.js";
import type { BuildSummary } from "./summary.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Beside the outputs it describes, outside the cache folder (which is pruned by version). */
const MANIFEST = ".manifest.json";

export interface Manifest {
  key: string;
  files: string[];
  entities: BuildSummary["entities"];
  edges: BuildSummary["edges"];
}

function codeFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) =>
      entry.isDirectory() ? codeFiles(join(dir, entry.name)) : entry.name.endsWith(".js") ? [join(dir, entry.name)] : [],
    )
    .sort();
}

let codeHash: string | undefined;
/** Every compiled stage: a change to resolve, graph or export changes the outputs too. */
function compiledCodeHash(): string {
  if (codeHash === undefined) {
    const hash = createHash("sha256");
    for (const file of codeFiles(DIST)) hash.update(file.slice(DIST.length)).update("\0").update(readFileSync(file));
    codeHash = hash.digest("hex");
  }
  return codeHash;
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

/** The previous build's manifest when its key matches and all its files are still there. */
export async function upToDate(out: string, key: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), "utf8")) as Manifest;
    if (manifest.key !== key) return null;
    await Promise.all(manifest.files.map((file) => access(file)));
    return manifest;
  } catch {
    return null;
  }
}

export function writeManifest(out: string, manifest: Manifest): Promise<void> {
  return writeAtomic(join(out, MANIFEST), () => `${JSON.stringify(manifest)}\n`);
}
