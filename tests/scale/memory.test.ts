import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { corpusFile, requireDist, runBuild, tempDir } from "./helpers.js";

beforeAll(requireDist);

const MB = 1024 * 1024;

// Short articles (one or two paragraphs) keep this quick while the corpus is mostly distinct
// text, so the graph itself grows as a real corpus's does.
it("keeps peak memory flat from 1,000 to 4,000 articles", async () => {
  const dir = tempDir("memory");
  const peaks: number[] = [];
  for (const count of [1000, 4000]) {
    // Repeats of the pieces are identical texts: kept, so the work grows with the count.
    const run = await runBuild([corpusFile(count, { minWords: 60 }), "--out", join(dir, `n${count}`), "--workers", "2", "--quiet", "--keep-duplicates"]);
    expect(run.status, run.stderr).toBe(0);
    peaks.push(run.maxRSS);
  }
  const [small, large] = peaks as [number, number];
  console.log(`peak RSS: 1,000 articles ${(small / MB).toFixed(0)} MB, 4,000 articles ${(large / MB).toFixed(0)} MB`);
  expect(large).toBeLessThan(1024 * MB);
  // Four times the articles; memory held per article would show as a ratio near 4.
  expect(large / small).toBeLessThan(2);
}, 1_200_000);
