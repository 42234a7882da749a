import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST } from "./manifest.js";

/**
 * True when `outDir/graph.json` or the build's manifest is missing (a build killed while
 * publishing removes it), or the graph is older than any file under `inputs` (files or
 * directories, searched recursively): when a build would change the outputs.
 */
export async function isStale(outDir: string, inputs: readonly string[]): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(outDir, "graph.json"))).mtimeMs;
    await stat(join(outDir, MANIFEST));
  } catch {
    return true;
  }
  for (const input of inputs) {
    if ((await newestMtime(input)) > built) return true;
  }
  return false;
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}
