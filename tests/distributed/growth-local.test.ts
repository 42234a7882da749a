import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { digests, fromCache, requireDist, runBuild, tempDir } from "../scale/helpers.js";
import { jsonl, shortArticles } from "./cluster.js";

// The local half of "graphs that grow": the cache in OUT/.cache, no queue and no database.
describe("a local build of a growing corpus", () => {
  beforeAll(requireDist);

  it("extracts only new and changed articles, and its graph is that of a fresh build of the corpus as it now is", async () => {
    const out = join(tempDir("grow"), "out");
    const fresh = async (inputs: string[]) => {
      const dir = join(tempDir("fresh"), "out");
      const run = await runBuild([...inputs, "--out", dir, "--workers", "1"]);
      expect(run.status, run.stderr).toBe(0);
      return digests(dir);
    };
    const build = async (inputs: string[]) => {
      const run = await runBuild([...inputs, "--out", out, "--workers", "1"]);
      expect(run.status, run.stderr).toBe(0);
      return run;
    };
    const first = jsonl(shortArticles(20));
    expect(fromCache((await build([first])).stdout)).toBe(0);

    const added = jsonl(shortArticles(4, 20), "added.jsonl");
    const grown = await build([first, added]);
    expect(grown.stdout).toContain("articles: 24 read (20 from cache)");
    expect(digests(out)).toEqual(await fresh([first, added]));

    // One article removed, one rewritten: the next build reflects both, extracting only the rewrite.
    const now = shortArticles(24).slice(1);
    now[3] = { ...now[3]!, text: `${now[3]!.text}\n\nThe harbour master, Ines Varga, said the port would reopen.` };
    const current = jsonl(now);
    const changed = await build([current]);
    expect(changed.stdout).toContain("articles: 23 read (22 from cache)");
    expect(digests(out)).toEqual(await fresh([current]));
  }, 300_000);
});
