/**
 * On-disk cache of per-article extractions: one JSON file per article, keyed by the article's
 * content and the extractor's version, so an unchanged corpus is not extracted twice and a
 * killed run resumes from the articles it finished.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { Article } from "../ingest/types.js";
import type { DocExtraction } from "../extract/types.js";

/**
 * The compiled extractor. From src/pipeline/ (tests, tsx) and from dist/pipeline/ alike this is
 * dist/extract/: workers always run compiled code, so the version must describe that code.
 */
export const EXTRACT_DIST = fileURLToPath(new URL("../../dist/extract/", import.meta.url));

/** Packages whose data or behaviour changes what extract() returns. */
const EXTRACT_DEPENDENCIES = ["compromise", "world-countries", "i18n-iso-countries"];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    // Source maps change with comments only; they do not change what extract() returns.
    else if (entry.isFile() && !entry.name.endsWith(".map")) out.push(path);
  }
  return out.sort();
}

function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    const main = require.resolve(name);
    // Walk up from the entry point to the package's own package.json (some packages do not
    // export it, so require("<name>/package.json") would fail).
    let dir = main;
    for (let i = 0; i < 6; i++) {
      dir = join(dir, "..");
      try {
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
        if (pkg.name === name) return String(pkg.version);
      } catch {
        // not this level
      }
    }
  } catch {
    // not installed: extract() cannot be using it
  }
  return "none";
}

/**
 * A hash of the compiled extract code and the versions of the data packages it reads: any
 * rebuild that changes extraction changes the version, with nobody to remember a bump.
 */
export function extractorVersion(distDir: string = EXTRACT_DIST): string {
  try {
    statSync(distDir);
  } catch {
    throw new Error(`newsgraph/build: compiled extractor not found at ${distDir} (run \`npm run build\`)`);
  }
  const hash = createHash("sha256");
  for (const file of listFiles(distDir)) {
    hash.update(relative(distDir, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  for (const dep of EXTRACT_DEPENDENCIES) hash.update(`${dep}@${installedVersion(dep)}\0`);
  return hash.digest("hex").slice(0, 16);
}

/** Everything extract() reads from an article; `origin` is left out, so a moved file still hits. */
export function articleKey(article: Article): string {
  return createHash("sha256")
    .update(JSON.stringify([article.id, article.title, article.date, article.source, article.url, article.text]))
    .digest("hex");
}

export interface ExtractionCache {
  /** The folder of this extractor version's entries. */
  readonly dir: string;
  get(key: string): Promise<DocExtraction | undefined>;
  /** Stores the extraction as the JSON text the worker produced, written atomically. */
  put(key: string, json: string): Promise<void>;
}

export interface CacheOptions {
  /** Root folder; each extractor version gets a sub-folder. */
  dir: string;
  /** Defaults to extractorVersion(). */
  version?: string;
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** Opens (creating if needed) the cache for the current extractor version. */
export async function openCache(options: CacheOptions): Promise<ExtractionCache> {
  const dir = join(options.dir, options.version ?? extractorVersion());
  await mkdir(dir, { recursive: true });
  const made = new Set<string>();
  return {
    dir,
    async get(key) {
      let text: string;
      try {
        text = await readFile(entryPath(dir, key), "utf8");
      } catch {
        return undefined;
      }
      try {
        return JSON.parse(text) as DocExtraction;
      } catch {
        // Only a foreign or damaged file can be unparsable (ours are renamed when complete):
        // treat it as missing, and the re-extraction overwrites it.
        return undefined;
      }
    },
    async put(key, json) {
      const shard = join(dir, key.slice(0, 2));
      if (!made.has(shard)) {
        await mkdir(shard, { recursive: true });
        made.add(shard);
      }
      const path = entryPath(dir, key);
      // Unique per process and thread, so two concurrent builds never share a temp file.
      const tmp = `${path}.${process.pid}.${threadId}.tmp`;
      await writeFile(tmp, json);
      await rename(tmp, path);
    },
  };
}

/** Deletes the entries of every other extractor version under `root`; returns how many folders went. */
export async function pruneCache(root: string, keepVersion: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isDirectory() && entry.name !== keepVersion && /^[0-9a-f]{16}$/.test(entry.name)) {
      await rm(join(root, entry.name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
