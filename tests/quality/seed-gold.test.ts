import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Check } from "../eval/seed.js";
import { checkSeed, loadSeedGold, viewFromGraphJson } from "../eval/seed.js";

// Issue 2's "done when": the full build of seeds/ holds every gold actor as exactly one node,
// nothing outside the gold, every speaker with its quotes, every quote and cites edge.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");

describe("seed gold on `newsgraph build seeds`", () => {
  let out: string;
  let checks: Check[];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`newsgraph/quality: ${CLI} is missing: npm test builds it first (npm run build)`);
    out = mkdtempSync(join(tmpdir(), "newsgraph-seed-"));
    await promisify(execFile)(process.execPath, [CLI, "build", join(ROOT, "seeds"), "--out", out], { cwd: ROOT });
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    checks = checkSeed(loadSeedGold(join(ROOT, "tests/fixtures/seed-gold.json")), viewFromGraphJson(graph));
  });

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** The failing checks of one kind; a kind with no checks at all is itself a failure. */
  const failures = (pick: (c: Check) => boolean): string[] => {
    const picked = checks.filter(pick);
    expect(picked.length).toBeGreaterThan(0);
    return picked.filter((c) => !c.pass).map((c) => `${c.name}${c.detail ? ` [${c.detail}]` : ""}`);
  };

  it("has every gold actor as exactly one node of its type", () => {
    expect(failures((c) => c.name.endsWith("exactly one node"))).toEqual([]);
  });

  it("has no node outside the gold and its optional list", () => {
    expect(failures((c) => c.name.startsWith("no node outside"))).toEqual([]);
  });

  it("gives every gold speaker at least its quotes, and a quote edge to each entity it names", () => {
    expect(failures((c) => c.name.includes("speaks at least") || c.name.startsWith("quote edge"))).toEqual([]);
  });

  it("has the gold cites edges", () => {
    expect(failures((c) => c.name.startsWith("cites edge"))).toEqual([]);
  });
});
