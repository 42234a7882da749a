import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(new URL("../..", import.meta.url).pathname, "dist/cli.js");

describe("newsgraph build --explain", () => {
  it("prints a node's aliases and merges with rule ids, and every article's mentions name that node", () => {
    const work = mkdtempSync(join(tmpdir(), "newsgraph-explain-"));
    const corpus = join(work, "corpus.jsonl");
    writeFileSync(
      corpus,
      [
        { id: "one", title: "Plant", text: "Marisol J. Quent visited the turbine plant in Dresden on Monday with her engineers." },
        { id: "two", title: "Plant", text: "The engineer Marisol Quent said on Tuesday that the turbine plant would hire more staff. \"We need welders,\" Quent said." },
      ]
        .map((a) => JSON.stringify(a))
        .join("\n") + "\n",
    );
    const out = join(work, "out");
    const run = spawnSync(process.execPath, [CLI, "build", corpus, "--out", out, "--workers", "1", "--quiet", "--explain", "marisol quent"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('person:marisol-quent  "Marisol Quent"');
    expect(run.stdout).toMatch(/aliases: .*Marisol J\. Quent.*Marisol Quent/);
    // The extraction's own decisions: which rules typed the mentions, which sieve chose the speaker.
    expect(run.stdout).toMatch(/typed by: [\w.-]+ ×\d/);
    expect(run.stdout).toMatch(/speaker of 1 quote by: [\w-]+ ×1/);
    expect(run.stdout).toMatch(/merged \[middle-name\] person:marisol(-j)?-quent → person:marisol(-j)?-quent \(1 article; e\.g\. (one|two)\)/);
    // An up-to-date re-run still explains.
    const again = spawnSync(process.execPath, [CLI, "build", corpus, "--out", out, "--workers", "1", "--explain", "Quent"], { encoding: "utf8", timeout: 120_000 });
    expect(again.stdout).toMatch(/up to date/i);
    expect(again.stdout).toContain("merged [middle-name]");
    const lines = readFileSync(join(out, "extractions.jsonl"), "utf8").trim().split("\n");
    const quent = lines.flatMap((line) =>
      (JSON.parse(line) as { mentions: Array<{ text: string; entity: string }> }).mentions.filter((m) => m.text.includes("Quent")),
    );
    expect(quent.map((m) => m.entity)).toEqual(["person:marisol-quent", "person:marisol-quent", "person:marisol-quent"]);
  });
});
