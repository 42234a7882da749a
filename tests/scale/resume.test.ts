import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, expect, it } from "vitest";
import { CLI, cacheEntries, corpusFile, digests, fromCache, requireDist, runBuild, tempDir } from "./helpers.js";

beforeAll(requireDist);

it("resumes a killed build from the extractions it finished, and ends with the graph of a clean build", async () => {
  const corpus = corpusFile(80);
  const dir = tempDir("resume");
  const out = join(dir, "out");

  const child = spawn(process.execPath, [CLI, "build", corpus, "--out", out, "--workers", "1", "--quiet"], {
    stdio: "ignore",
  });
  const exited = once(child, "exit");
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && cacheEntries(out).size < 5) await sleep(20);
  child.kill("SIGKILL");
  await exited;

  const finished = cacheEntries(out);
  // Killed part-way: some extractions done, the graph never written.
  expect(finished.size).toBeGreaterThanOrEqual(5);
  expect(finished.size).toBeLessThan(80);
  expect(existsSync(join(out, "graph.json"))).toBe(false);

  const resumed = await runBuild([corpus, "--out", out, "--workers", "2"]);
  expect(resumed.status, resumed.stderr).toBe(0);
  expect(resumed.stdout).toContain("articles: 80 read");
  expect(fromCache(resumed.stdout)).toBe(finished.size);
  const after = cacheEntries(out);
  expect(after.size).toBe(80);
  for (const [path, mtime] of finished) expect(after.get(path), path).toBe(mtime);

  const clean = await runBuild([corpus, "--out", join(dir, "clean"), "--workers", "2"]);
  expect(digests(out)).toEqual(digests(join(dir, "clean")));
}, 600_000);
