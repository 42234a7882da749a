/**
 * On-disk cache of per-article extractions: one JSON file per article, keyed by the article's
 * content and the extractor's version (its code, data and options), so an unchanged corpus is
 * not extracted twice and a killed run resumes from the articles it finished.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { removeStaleTemps, writeAtomic } from "../export/atomic.js";
import type { Article } from "../ingest/types.js";
import type { DocExtraction } from "../extract/types.js";
import { extractorVersion } from "./code.js";

export { extractorVersion } from "./code.js";

/** Everything extract() reads from an article; `origin` is left out, so a moved file still hits. */
export function articleKey(article: Article): string {
  return createHash("sha256")
    .update(JSON.stringify([article.id, article.title, article.date, article.source, article.url, article.text]))
    .digest("hex");
}

export interface ExtractionCache {
  /** The folder of this extractor version's entries. */
  readonly dir: string;
  /** The entry, or undefined when there is none or it is damaged (then `onWarning` says so). */
  get(key: string, id: string): Promise<DocExtraction | undefined>;
  /** Whether an entry is stored, whole or not (get() tells): a look, not a read. */
  has(key: string): boolean;
  /**
   * Stores the extraction as the JSON text the worker produced, under a temporary name of its
   * own and renamed: any number of writers of one entry (identical articles, two builds into
   * one folder) each leave a whole file. A failure to write is a warning: the build has the
   * extraction already.
   */
  put(key: string, json: string): Promise<void>;
  /**
   * This article's skip (an overrun budget, an extract() that threw, a worker that died twice)
   * under this extractor version: a re-run reports it again instead of paying for it again.
   */
  skipOf(key: string, id: string): Promise<CachedSkip | undefined>;
  putSkip(key: string, skip: CachedSkip): Promise<void>;
}

/** Why an article was skipped; `budgetMs` when it overran that time budget (a larger one tries it again). */
export interface CachedSkip {
  id: string;
  reason: string;
  budgetMs?: number;
}

export interface CacheOptions {
  /** Root folder; each extractor version gets a sub-folder. */
  dir: string;
  /** Defaults to extractorVersion(). */
  version?: string;
  onWarning?: (message: string) => void;
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);
const skipPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.skip.json`);
const LISTS = ["mentions", "references", "quotes", "entities", "sentences"] as const;

/** The shape the reduce relies on; anything else in an entry is damage (a foreign file, a disk fault). */
function wellFormed(value: unknown, id: string): value is DocExtraction {
  if (typeof value !== "object" || value === null) return false;
  const doc = value as Record<string, unknown>;
  return doc.id === id && LISTS.every((list) => Array.isArray(doc[list]));
}

function wellFormedSkip(value: unknown, id: string): value is CachedSkip {
  if (typeof value !== "object" || value === null) return false;
  const skip = value as Record<string, unknown>;
  return skip.id === id && typeof skip.reason === "string" && (skip.budgetMs === undefined || typeof skip.budgetMs === "number");
}

/** Opens (creating if needed) the cache for the current extractor version; removes temp files a killed run left. */
export async function openCache(options: CacheOptions): Promise<ExtractionCache> {
  const dir = join(options.dir, options.version ?? extractorVersion());
  const warn = options.onWarning ?? (() => undefined);
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(dir, 1);
  const made = new Set<string>();
  async function read<T>(path: string, valid: (value: unknown) => value is T): Promise<T | undefined> {
    let text: string;
    try {
      // Synchronous: an entry is a few kilobytes, and fs/promises' readFile costs ten times the
      // read itself in open, stat and close round trips (1.2 s of a 10,000-article re-build, 0.14 s
      // this way); the thread has nothing to do meanwhile but hand the workers their articles.
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") warn(`newsgraph/cache: cannot read ${path} (${(error as Error).message}); extracting again`);
      return undefined;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (valid(value)) return value;
    warn(`newsgraph/cache: damaged entry ${path} ignored; extracting again`);
    // Removed so the fresh extraction can take its place (a directory in its way included).
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
    return undefined;
  }
  async function write(path: string, json: string): Promise<void> {
    const shard = dirname(path);
    try {
      if (!made.has(shard)) {
        await mkdir(shard, { recursive: true });
        made.add(shard);
      }
      await writeAtomic(path, () => json);
    } catch (error) {
      warn(`newsgraph/cache: cannot store an entry (${(error as Error).message})`);
    }
  }
  return {
    dir,
    async get(key, id) {
      return read(entryPath(dir, key), (value) => wellFormed(value, id));
    },
    has: (key) => existsSync(entryPath(dir, key)),
    async put(key, json) {
      await write(entryPath(dir, key), json);
    },
    async skipOf(key, id) {
      return read(skipPath(dir, key), (value) => wellFormedSkip(value, id));
    },
    async putSkip(key, skip) {
      await write(skipPath(dir, key), JSON.stringify(skip));
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
