/**
 * A build's outputs are published as one set. Every file is first written whole under a
 * temporary name (src/export/atomic.ts); only then are they renamed into place, one after the
 * other with nothing in between, and the manifest recording each file's hash is written last.
 * A run killed while renaming leaves no manifest that matches the mix, so the next run
 * rebuilds instead of calling it up to date; its temporary files are removed by the next run.
 */
import type { AtomicFile } from "../export/atomic.js";
import { removeManifest, writeManifest, type Manifest } from "./manifest.js";

export async function publish(out: string, files: AtomicFile[], record: Omit<Manifest, "files" | "hashes">): Promise<string[]> {
  const hashes = Object.fromEntries(files.map((file) => [file.path, file.digest()]));
  await removeManifest(out);
  for (const file of files) await file.commit();
  const paths = files.map((file) => file.path);
  await writeManifest(out, { ...record, files: paths, hashes });
  return paths;
}

/** A build that failed before publishing: none of its files is left behind. */
export async function discard(files: AtomicFile[]): Promise<void> {
  await Promise.all(files.map((file) => file.abort()));
}
