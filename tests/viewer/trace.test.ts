import { describe, expect, it } from "vitest";
import { segmentDistance } from "../../viewer/src/hover/edges.js";
import { safeArticleUrl, uniqueEvidence } from "../../viewer/src/panel/evidence.js";
import { linkTable, nodeTable, sortRows } from "../../viewer/src/table/model.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer evidence and tables", () => {
  it("links an article only through http(s)", () => {
    expect(safeArticleUrl("https://news.example/a?b=1")).toBe("https://news.example/a?b=1");
    expect(safeArticleUrl("http://news.example/")).toBe("http://news.example/");
    expect(safeArticleUrl("javascript:alert(1)")).toBeNull();
    expect(safeArticleUrl("data:text/html,<b>x</b>")).toBeNull();
    expect(safeArticleUrl("file:///etc/passwd")).toBeNull();
    expect(safeArticleUrl("not a url")).toBeNull();
    expect(safeArticleUrl(null)).toBeNull();
  });

  it("shows a quotation read twice in one article once", () => {
    const q = { article: "a1", title: "T", date: null, text: "We will talk." };
    expect(uniqueEvidence([q, { ...q }, { ...q, article: "a2" }])).toHaveLength(2);
  });

  it("measures the pointer's distance to a link's line, not past its ends", () => {
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(segmentDistance(14, 0, 0, 0, 10, 0)).toBe(4);
  });

  it("builds node and link tables of the shown items and sorts them either way", () => {
    const graph = fixtureDataset();
    const nodes = ["person:anna-kovacs", "country:HU", "organization:eu"];
    const edges = graph.edges().filter((e) => nodes.includes(graph.source(e)) && nodes.includes(graph.target(e)));
    const view = { nodes, edges, mentions: (k: string) => graph.getNodeAttribute(k, "mentions"), weight: (e: string) => graph.getEdgeAttribute(e, "weight"), community: (id: number) => `c${id}` };
    const table = nodeTable(graph, view);
    const mentions = table.columns.findIndex((c) => c.key === "mentions");
    expect(sortRows(table, mentions, true).map((r) => r.key)).toEqual(["person:anna-kovacs", "country:HU", "organization:eu"]);
    expect(sortRows(table, 0, false).map((r) => r.cells[0])).toEqual(["Anna Kovacs", "European Union", "Hungary"]);
    const links = linkTable(graph, view);
    expect(links.rows).toHaveLength(edges.length);
    expect(sortRows(links, 3, true)[0]!.cells[3]).toBe(Math.max(...edges.map((e) => graph.getEdgeAttribute(e, "weight"))));
  });
});
