import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cacheEntries, corpusFile, digests, fromCache, requireDist, runBuild, tempDir } from "./helpers.js";

// Through the CLI, as users run it: every worker count then runs the same compiled extractor.
describe("parallel extraction and the cache", () => {
  let corpus: string;
  beforeAll(() => {
    requireDist();
    corpus = corpusFile(24);
  });

  it("builds the same graph whatever the number of workers", async () => {
    const dir = tempDir("workers");
    for (const n of [1, 2, 3]) {
      const run = await runBuild([corpus, "--out", join(dir, `w${n}`), "--workers", String(n)]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("articles: 24 read");
    }
    const one = digests(join(dir, "w1"));
    expect(digests(join(dir, "w2"))).toEqual(one);
    expect(digests(join(dir, "w3"))).toEqual(one);
  }, 600_000);

  it("skips extraction of an unchanged corpus, extracts only what is new, and re-extracts all with --no-cache", async () => {
    const out = join(tempDir("cache"), "out");
    const cold = await runBuild([corpus, "--out", out, "--workers", "2"]);
    expect(cold.status, cold.stderr).toBe(0);
    expect(fromCache(cold.stdout)).toBe(0);
    const built = digests(out);
    const entries = cacheEntries(out);
    expect(entries.size).toBe(24);

    const warm = await runBuild([corpus, "--out", out, "--workers", "2"]);
    expect(fromCache(warm.stdout)).toBe(24);
    expect(digests(out)).toEqual(built);
    // Nothing was extracted, so no entry was written again.
    expect(cacheEntries(out)).toEqual(entries);

    // Five articles added to the corpus: only those five are extracted.
    const grown = await runBuild([corpus, corpusFile(29, {}, 24), "--out", out, "--workers", "2"]);
    expect(grown.stdout).toContain("articles: 29 read (24 from cache)");
    expect(cacheEntries(out).size).toBe(29);

    const forced = await runBuild([corpus, "--out", out, "--workers", "1", "--no-cache"]);
    expect(fromCache(forced.stdout)).toBe(0);
    expect(forced.stdout).toContain("articles: 24 read");
    expect(digests(out)).toEqual(built);
  }, 600_000);
});
