import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, formatSummary } from "../../src/pipeline/index.js";
import { standInExtractAll } from "./stand-in.js";

function corpus(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "newsgraph-build-")), "corpus");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), "date 2022-02-15\nOlaf Scholz visited France. Germany and NATO agreed.\n");
  writeFileSync(
    join(dir, "b.jsonl"),
    [
      JSON.stringify({ id: "b1", title: "B one", date: "2022-02-10", text: "Scholz met France in Germany." }),
      "{not json",
      JSON.stringify({ id: "b3", title: "Empty", text: "" }),
      JSON.stringify({ id: "b4", title: "B four", text: "NATO and France." }),
    ].join("\n"),
  );
  return dir;
}

const run = (inputs: string[], out: string, extra = {}) =>
  build({ inputs, out, quiet: true, extractAll: standInExtractAll, ...extra });

describe("build", () => {
  it("runs ingest → extract → resolve → graph → export and reports what it skipped", async () => {
    const dir = corpus();
    const out = join(dir, "..", "out");
    const summary = await run([dir], out);
    expect(summary.articles).toBe(3);
    expect(summary.skipped.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}`)).toEqual(["b.jsonl:2", "b.jsonl:3"]);
    expect(summary.entities).toEqual({ person: 1, country: 2, organization: 1 });
    expect(summary.edges.cooccurrence).toBeGreaterThan(0);
    const visible = readdirSync(out).filter((name) => !name.startsWith("."));
    expect(visible.sort()).toEqual(["edges.csv", "evidence", "extractions.jsonl", "graph.gexf", "graph.json", "nodes.csv"]);
    const lines = readFileSync(join(out, "extractions.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([expect.any(String), "b1", "b4"]);
    // The surname-only key of article b1 was rewritten to the corpus key.
    expect(lines[1].mentions[0]).toMatchObject({ text: "Scholz", entity: "person:olaf-scholz", start: 0, end: 6 });
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const scholz = graph.nodes.find((n: { key: string }) => n.key === "person:olaf-scholz");
    expect(scholz.attributes).toMatchObject({ label: "Olaf Scholz", documents: 2, firstDate: "2022-02-10" });
    const text = formatSummary(summary);
    expect(text).toContain("articles: 3 read, 2 skipped");
    expect(text).toMatch(/skipped.*b\.jsonl:2: /);
    expect(text).toContain("entities: 1 person, 2 country, 1 organization");
  });

  it("writes byte-identical files on every run of the same corpus", async () => {
    const dir = corpus();
    await run([dir], join(dir, "..", "one"));
    await run([dir], join(dir, "..", "two"));
    for (const file of ["graph.gexf", "graph.json", "nodes.csv", "edges.csv", "extractions.jsonl"]) {
      expect(readFileSync(join(dir, "..", "two", file), "utf8")).toBe(readFileSync(join(dir, "..", "one", file), "utf8"));
    }
  });

  it("leaves the outputs alone when extractions and options are those of the last build", async () => {
    const dir = corpus();
    const out = join(dir, "..", "out");
    const first = await run([dir], out);
    expect(first.upToDate).toBe(false);
    const written = statSync(join(out, "graph.json")).mtimeMs;
    const again = await run([dir], out);
    expect(again.upToDate).toBe(true);
    expect(again.entities).toEqual(first.entities);
    expect(again.edges).toEqual(first.edges);
    expect(formatSummary(again)).toContain("up to date");
    expect(statSync(join(out, "graph.json")).mtimeMs).toBe(written);
    // Other options, a changed article, a missing output or --no-cache: the reduce runs again.
    expect((await run([dir], out, { graph: { evidenceLimit: 1 } })).upToDate).toBe(false);
    writeFileSync(join(dir, "a.txt"), "date 2022-02-15\nOlaf Scholz visited Spain.\n");
    expect((await run([dir], out, { graph: { evidenceLimit: 1 } })).upToDate).toBe(false);
    rmSync(join(out, "nodes.csv"));
    expect((await run([dir], out, { graph: { evidenceLimit: 1 } })).upToDate).toBe(false);
    expect((await run([dir], out, { graph: { evidenceLimit: 1 }, cache: false })).upToDate).toBe(false);
    expect((await run([dir], out, { graph: { evidenceLimit: 1 } })).upToDate).toBe(true);
  });

  it("does not read its own output folder back as input when it lies inside an input folder", async () => {
    const dir = corpus();
    const out = join(dir, "out");
    const first = await run([dir], out);
    const second = await run([dir], out, { cache: false });
    expect(second.articles).toBe(first.articles);
    expect(second.skipped).toEqual(first.skipped);
  });

  it("passes graph options through (evidence bound)", async () => {
    const dir = corpus();
    const summary = await run([dir], join(dir, "..", "out"), { graph: { evidenceLimit: 1, minWeight: 2 } });
    const graph = JSON.parse(readFileSync(join(dir, "..", "out", "graph.json"), "utf8"));
    expect(graph.edges.length).toBe(summary.edges.cooccurrence);
    for (const edge of graph.edges) {
      expect(edge.attributes.weight).toBeGreaterThanOrEqual(2);
      expect(edge.attributes.evidence).toHaveLength(1);
    }
  });

  it("writes nothing when nothing is readable, or when --strict meets a skip", async () => {
    const dir = corpus();
    const out = join(dir, "..", "out");
    await run([dir], out);
    const before = readFileSync(join(out, "graph.json"), "utf8");
    writeFileSync(join(dir, "bad.jsonl"), "{oops\n");
    const nothing = await run([join(dir, "bad.jsonl")], out);
    expect(nothing.articles).toBe(0);
    expect(nothing.files).toEqual([]);
    const strict = await run([dir], out, { strict: true });
    expect(strict.skipped).toHaveLength(3);
    expect(strict.files).toEqual([]);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(before);
    expect(readdirSync(out).filter((name) => /\.(tmp|spill)$/.test(name))).toEqual([]);
  });

  it("names the stage when the output folder is unusable", async () => {
    const dir = corpus();
    await expect(run([dir], join(dir, "a.txt"))).rejects.toThrow(/newsgraph\/build: cannot use .*a\.txt as the output folder/);
  });

  it("keeps the previous outputs when the run fails half-way", async () => {
    const dir = corpus();
    const out = join(dir, "..", "out");
    await run([dir], out);
    const before = readFileSync(join(out, "extractions.jsonl"), "utf8");
    async function* failing(articles: AsyncIterable<unknown>) {
      for await (const _ of articles) throw new Error("newsgraph/extract: worker died");
      yield* [];
    }
    await expect(run([dir], out, { extractAll: failing })).rejects.toThrow("worker died");
    expect(readFileSync(join(out, "extractions.jsonl"), "utf8")).toBe(before);
    expect(readdirSync(out).filter((name) => /\.(tmp|spill)$/.test(name))).toEqual([]);
  });
});
