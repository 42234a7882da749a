import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph, type NewsGraph } from "../../src/graph/index.js";
import { csvCell, evidenceShardCount, evidenceShardOf, evidenceShardPath, exportGraph, extractionLine, openAtomic, toGexf, writeAtomic } from "../../src/export/index.js";
import { resolve } from "../../src/resolve/index.js";
import { makeDoc } from "../resolve/make-doc.js";

const SCHEMA = new URL("../fixtures/gexf/1.3-vizfix/gexf.xsd", import.meta.url).pathname;

const docs = [
  makeDoc("a", "2022-02-15", [
    'The [U.S.|country:US] and [NATO|organization:nato] met "=cmd|calc" & <friends>.',
    "[Jens Stoltenberg|person:jens-stoltenberg] spoke of [Russia|country:RU], \"again\".",
  ], [
    {
      text: '"Russia, they said."',
      sentence: 1,
      speaker: "person:jens-stoltenberg",
      about: ["country:RU"],
      reportedBy: "organization:nato",
    },
  ]),
  makeDoc("b", null, ["[Stoltenberg|person:stoltenberg] and [Russian|country:RU|ref] troops."]),
];

let graph: NewsGraph;
let dir: string;

beforeAll(async () => {
  graph = await buildGraph(docs, await resolve(docs));
  dir = mkdtempSync(join(tmpdir(), "newsgraph-export-"));
  // Staged under temporary names; the build publishes them together (tests/pipeline).
  for (const file of await exportGraph(graph, dir)) await file.commit();
});

describe("GEXF", () => {
  it("validates against the GEXF 1.3 schema", () => {
    const result = execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, join(dir, "graph.gexf")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(result).toBe("");
  });

  it("stays well-formed when article text holds characters XML forbids", async () => {
    const hostile = [makeDoc("h", null, ["[France|country:FR] met [Spain|country:ES] \u0001 \u001b[31m \ufffe \ud800 here."])];
    const path = join(dir, "hostile.gexf");
    writeFileSync(path, toGexf(await buildGraph(hostile, await resolve(hostile))));
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, path], { stdio: "pipe" });
  });

  it("reads back (graphology-gexf parse) with kinds, directions and evidence records", async () => {
    const { parse } = await import("graphology-gexf");
    const { MultiGraph } = await import("graphology");
    const back = parse(MultiGraph, readFileSync(join(dir, "graph.gexf"), "utf8"));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((key, attributes, _s, _t, _sa, _ta, undirected) => {
      expect(back.isUndirected(key)).toBe(undirected);
      expect(back.getEdgeAttribute(key, "kind")).toBe(attributes.kind);
      expect(JSON.parse(back.getEdgeAttribute(key, "evidence"))).toEqual(attributes.evidence);
    });
  });

  it("fails schema validation on a broken file (the check can fail)", () => {
    const bad = join(dir, "bad.gexf");
    writeFileSync(bad, readFileSync(join(dir, "graph.gexf"), "utf8").replace('defaultedgetype="directed"', 'defaultedgetype="mixed"'));
    expect(() => execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, bad], { stdio: "pipe" })).toThrow();
  });

  it("carries kind on every edge, undirected co-occurrence, and the node attributes", () => {
    const xml = readFileSync(join(dir, "graph.gexf"), "utf8");
    const edges = xml.match(/^\s*<edge .*$/gm) ?? [];
    expect(edges.length).toBe(graph.size);
    for (const edge of edges) expect(edge).toMatch(/ kind="(cooccurrence|quote|cites)"/);
    expect(edges.filter((e) => e.includes('kind="cooccurrence"')).every((e) => e.includes('type="undirected"'))).toBe(true);
    expect(edges.filter((e) => e.includes('kind="quote"')).every((e) => !e.includes("type="))).toBe(true);
    expect(xml).not.toContain('"mixed"');
    for (const attribute of ["entityType", "aliases", "mentions", "documents", "quotes", "pagerank", "community"]) {
      expect(xml).toContain(`<attribute id="${attribute}" title="${attribute}"`);
    }
    expect(xml).toContain('<attvalue for="aliases" value="Jens Stoltenberg|Stoltenberg"/>');
    const quotations = /<attvalue for="quotations" value="([^"]*)"/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(JSON.parse(quotations)).toMatchObject([{ article: "a", title: "Title of a", date: "2022-02-15", text: '"Russia, they said."', cue: "said" }]);
    expect(xml).toMatch(/<viz:color hex="#[0-9a-f]{6}"/);
    expect(xml).toContain("<viz:thickness");
    expect(xml).toContain('<attribute id="evidence" title="evidence" type="string"/>');
    expect(toGexf(graph)).toBe(xml);
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and defuses formulas", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM")).toBe("'@SUM");
    expect(csvCell("-2+3,4")).toBe(`"'-2+3,4"`);
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(["a", "b"])).toBe("a|b");
  });

  it("writes one row per node and edge, with headers", () => {
    const nodes = readFileSync(join(dir, "nodes.csv"), "utf8").trimEnd().split("\r\n");
    expect(nodes[0]).toBe(
      "id,label,entityType,aliases,mentions,documents,quotes,firstDate,lastDate,degree,weightedDegree,pagerank,community,x,y,size,color",
    );
    expect(nodes).toHaveLength(graph.order + 1);
    expect(nodes.find((row) => row.startsWith("country:US,"))).toContain("United States,country,U.S.,");
    const edges = readFileSync(join(dir, "edges.csv"), "utf8");
    expect(edges.startsWith("id,source,target,kind,directed,weight,documents,firstDate,lastDate,evidence\r\n")).toBe(true);
    expect(edges).toContain('""=cmd|calc""');
  });
});

describe("graph.json and extractions", () => {
  it("writes graphology's serialization, which imports back to the same graph", () => {
    const json = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8"));
    expect(json.options).toMatchObject({ type: "mixed", multi: true });
    expect(json.nodes).toHaveLength(graph.order);
    const edge = json.edges.find((e: { key: string }) => e.key === "cites:organization:nato->person:jens-stoltenberg");
    expect(edge.attributes.evidence[0]).toMatchObject({ article: "a", text: '"Russia, they said."' });
  });

  it("writes an extraction line with the contract's fields", () => {
    const line = JSON.parse(extractionLine(docs[0]!));
    expect(Object.keys(line).slice(0, 5)).toEqual(["id", "title", "date", "mentions", "quotes"]);
    expect(Object.keys(line.mentions[0]).sort()).toEqual(["end", "entity", "entityType", "sentence", "start", "text"]);
    expect(line.quotes[0]).toMatchObject({ speaker: "person:jens-stoltenberg", cue: "said", about: ["country:RU"] });
  });

  it("keeps the rule that typed each mention", () => {
    const doc = docs[0]!;
    const line = JSON.parse(extractionLine({ ...doc, mentions: [{ ...doc.mentions[0]!, rule: "org.shape" }] }));
    expect(line.mentions[0].rule).toBe("org.shape");
  });
});

describe("atomic writes", () => {
  it("keeps the previous file when the writer fails, and leaves no temporary file", async () => {
    const target = join(dir, "keep.txt");
    await writeAtomic(target, () => "previous");
    await expect(
      writeAtomic(target, function* () {
        yield "half of the new ";
        throw new Error("interrupted");
      }),
    ).rejects.toThrow("interrupted");
    expect(readFileSync(target, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("names the stage and the file when the disk refuses", async () => {
    await expect(writeAtomic(join(dir, "no-such-folder", "graph.json"), () => "x")).rejects.toThrow(
      /newsgraph\/export: cannot write .*no-such-folder/,
    );
  });

  it("changes the file only on commit", async () => {
    const target = join(dir, "stream.txt");
    await writeAtomic(target, () => "old");
    const file = openAtomic(target);
    await file.write("new");
    expect(readFileSync(target, "utf8")).toBe("old");
    await file.commit();
    expect(readFileSync(target, "utf8")).toBe("new");
    await expect(file.write("more")).rejects.toThrow(/newsgraph\/export/);
  });
});

describe("stale temporary files", () => {
  it("removes what a killed run left, never a live run's files", async () => {
    const { removeStaleTemps } = await import("../../src/export/index.js");
    const scratch = mkdtempSync(join(tmpdir(), "newsgraph-stale-"));
    // pid 2^22+1 is above Linux's pid_max default, so no process has it.
    const dead = `.graph.json.${2 ** 22 + 1}.0badf00d.tmp`;
    const live = `.graph.json.${process.pid}.0badf00d.tmp`;
    for (const name of [dead, live, "graph.json", ".keep"]) writeFileSync(join(scratch, name), "x");
    expect(await removeStaleTemps(scratch)).toEqual([dead]);
    expect(readdirSync(scratch).sort()).toEqual([".keep", live, "graph.json"].sort());
  });
});

describe("evidence files", () => {
  it("writes every link's evidence to the shard the viewer will look in, and names the shard count in graph.json", async () => {
    const out = mkdtempSync(join(tmpdir(), "newsgraph-evidence-"));
    const every = new Map<string, { article: string; title: string; date: string | null; text: string }[]>();
    graph.forEachEdge((key) => every.set(key, Array.from({ length: 7 }, (_, i) => ({ article: "a", title: "T", date: null, text: `piece ${i} of ${key}` }))));
    const staged = await exportGraph(graph, out, { evidence: { of: (key) => every.get(key) ?? [] } });
    for (const file of staged) await file.commit();
    const files = staged.map((file) => file.path);
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { attributes: { evidenceShards: number } };
    const shards = json.attributes.evidenceShards;
    expect(shards).toBe(evidenceShardCount(graph.size));
    expect(files.filter((f) => f.includes("/evidence/"))).toHaveLength(shards);
    graph.forEachEdge((key) => {
      const shard = JSON.parse(readFileSync(join(out, evidenceShardPath(evidenceShardOf(key, shards))), "utf8")) as Record<string, unknown[]>;
      expect(shard[key]).toHaveLength(7);
    });
    // No temporary file is left beside the shards.
    expect(readdirSync(join(out, "evidence")).every((name) => /^\d+\.json$/.test(name))).toBe(true);
  });
});
