import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDataset } from "../../viewer/src/graph/dataset.js";
import { makeViewerFixture } from "./fixture.js";

describe("viewer dataset", () => {
  it("loads the committed fixture graph.json with every node and edge", () => {
    const json = JSON.parse(readFileSync(new URL("../fixtures/viewer-graph.json", import.meta.url), "utf8"));
    const graph = toDataset(json);
    const source = makeViewerFixture();
    expect(graph.order).toBe(source.order);
    expect(graph.size).toBe(source.size);
    expect(graph.getNodeAttribute("person:anna-kovacs", "aliases")).toContain("Kovacs");
  });

  it("keeps co-occurrence undirected and quote/cites directed", () => {
    const graph = toDataset(makeViewerFixture().export());
    graph.forEachEdge((edge, a) => {
      expect(graph.isUndirected(edge)).toBe(a.kind === "cooccurrence");
    });
  });

  it("fills missing attributes with contract defaults instead of failing", () => {
    const graph = toDataset({
      options: { type: "mixed", multi: true, allowSelfLoops: true },
      attributes: {},
      nodes: [{ key: "a", attributes: { label: "A", aliases: "A1|A2", mentions: "3" } }, { key: "b" }],
      edges: [{ key: "e", source: "a", target: "b", attributes: { evidence: '[{"article":"x","title":"T","date":"2026-01-02","text":"A met B."}]' } }],
    });
    const a = graph.getNodeAttributes("a");
    expect(a.aliases).toEqual(["A1", "A2"]);
    expect(a.mentions).toBe(3);
    expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    expect(graph.getNodeAttributes("b").label).toBe("b");
    // No layout in the file: nodes must not all sit on one point.
    expect([a.x, a.y]).not.toEqual([graph.getNodeAttribute("b", "x"), graph.getNodeAttribute("b", "y")]);
    expect(a.degree).toBe(1);
    expect(graph.getEdgeAttribute("e", "evidence")[0]).toMatchObject({ title: "T", text: "A met B." });
  });

  it("rejects a file that is not a graphology export, naming the stage", () => {
    expect(() => toDataset({ hello: 1 } as never)).toThrow(/newsgraph\/viewer/);
  });

  it("names a node or an edge a file defines twice, and an edge to a node it never defines", () => {
    const file = (nodes: string[], edges: [string, string, string][]) => ({
      attributes: {},
      nodes: nodes.map((key) => ({ key })),
      edges: edges.map(([key, source, target]) => ({ key, source, target })),
    });
    expect(() => toDataset(file(["a", "a"], []))).toThrow(/node a is defined twice/);
    expect(() => toDataset(file(["a", "b"], [["e", "a", "b"], ["e", "b", "a"]]))).toThrow(/edge e is defined twice/);
    expect(() => toDataset(file(["a"], [["e", "a", "z"]]))).toThrow(/edge e joins a node the file does not define \(z\)/);
  });

  it("reads every edge of a file typed undirected as undirected", () => {
    const graph = toDataset({
      options: { type: "undirected", multi: false, allowSelfLoops: false },
      attributes: {},
      nodes: [{ key: "a" }, { key: "b" }],
      edges: [{ key: "e", source: "b", target: "a" }],
    });
    expect(graph.isUndirected("e")).toBe(true);
    expect(graph.getEdgeAttribute("e", "kind")).toBe("cooccurrence");
  });
});

describe("viewer dataset, parallel links", () => {
  it("stores undirected links from the smaller endpoint key, the frame sigma curves parallel links in", () => {
    const graph = toDataset(makeViewerFixture().export());
    graph.forEachUndirectedEdge((_e, _a, source, target) => expect(source <= target).toBe(true));
    // The pair with a co-occurrence and a quote keeps both links.
    expect(graph.edges("person:anna-kovacs", "organization:eu").length).toBe(2);
  });
});
