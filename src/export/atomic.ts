import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { once } from "node:events";

/** A file written under a temporary name in its final directory, renamed into place on commit. */
export interface AtomicFile {
  readonly path: string;
  write(chunk: string): Promise<void>;
  /** Flushes and closes (nothing more can be written), so a build staging many files holds no descriptors; commit() renames. */
  seal(): Promise<void>;
  /** Flushes, closes and renames: only now does `path` change. */
  commit(): Promise<void>;
  /** Removes the temporary file; `path` keeps its previous content. */
  abort(): Promise<void>;
  /** sha256 (hex) of everything written so far: what a manifest records of the file. */
  digest(): string;
}

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

async function close(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, "close");
}

export function openAtomic(path: string): AtomicFile {
  const temp = tempName(path);
  // A megabyte before back-pressure, not the default 16 KB: a build writes 100 MB and more in
  // pieces of a few kilobytes, and waiting on every other one for the disk cost a second.
  const stream = createWriteStream(temp, { encoding: "utf8", highWaterMark: 1024 * 1024 });
  let failure: Error | null = null;
  stream.on("error", (error) => (failure = error));
  let done = false;
  const hash = createHash("sha256");
  const check = () => {
    if (failure) throw new Error(`newsgraph/export: cannot write ${path}: ${failure.message}`);
    if (done) throw new Error(`newsgraph/export: ${path} is already committed or aborted`);
  };
  return {
    path,
    async write(chunk) {
      check();
      // Encoded once, for the hash and the file alike (each would encode a string on its own).
      const bytes = Buffer.from(chunk, "utf8");
      hash.update(bytes);
      // Respect back-pressure so a large corpus streams through instead of piling up in memory
      // (`once` also rejects on the stream's "error").
      if (!stream.write(bytes)) await once(stream, "drain").catch((error: Error) => (failure = error));
      check();
    },
    async seal() {
      check();
      await close(stream).catch((error: Error) => (failure = error));
      check();
    },
    async commit() {
      check();
      await close(stream).catch((error: Error) => (failure = error));
      check();
      done = true;
      await rename(temp, path).catch((error: Error) => {
        throw new Error(`newsgraph/export: cannot write ${path}: ${error.message}`);
      });
    },
    async abort() {
      done = true;
      stream.destroy();
      await rm(temp, { force: true });
    },
    digest: () => hash.copy().digest("hex"),
  };
}

/**
 * Writes a whole file atomically. `produce` may throw (or the disk may fail): then the temporary
 * file is removed and whatever was at `path` before is left untouched.
 */
export async function writeAtomic(path: string, produce: () => string | Iterable<string>): Promise<void> {
  const file = openAtomic(path);
  try {
    const content = produce();
    for (const chunk of typeof content === "string" ? [content] : content) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** `<name>.<pid>.<8 hex>.tmp` (openAtomic) or `.spill` (the build's scratch file). */
const SCRATCH = /^\..*\.(\d+)\.[0-9a-f]{8}\.(tmp|spill)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files that a killed run left in `dir` (and, with `depth`, in its
 * sub-folders that far down: the cache's shards). Files of a live process (a build running
 * next to this one) are left alone.
 */
export async function removeStaleTemps(dir: string, depth = 0): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) removed.push(...(await removeStaleTemps(path, depth - 1)));
      continue;
    }
    const match = SCRATCH.exec(entry.name);
    if (!match || alive(Number(match[1]))) continue;
    await rm(path, { force: true });
    removed.push(entry.name);
  }
  return removed;
}
