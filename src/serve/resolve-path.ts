import { realpath, stat } from "node:fs/promises";
import { join, posix, sep } from "node:path";

/**
 * Maps a URL path onto a file under `root`, or null when it names nothing servable.
 * Traversal is refused twice: on the normalised path (`..`, encoded or not), and on the
 * real path, so a symlink inside the root cannot lead outside it.
 */
export async function resolveUnder(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const normal = posix.normalize("/" + decoded);
  if (normal.split("/").includes("..")) return null;

  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return null;
  }
  let candidate = join(realRoot, normal);
  try {
    if ((await stat(candidate)).isDirectory()) candidate = join(candidate, "index.html");
    const real = await realpath(candidate);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
