import { describe, expect, it } from "vitest";
import { buildGraph, createGraphBuilder } from "../../src/graph/index.js";
import { resolve } from "../../src/resolve/index.js";
import { makeDoc } from "../resolve/make-doc.js";

const corpus = [
  makeDoc("a", "2022-02-15", [
    "[Olaf Scholz|person:olaf-scholz] met [Vladimir Putin|person:vladimir-putin] in [Moscow|country:RU].",
    "[Scholz|person:olaf-scholz] and [Putin|person:vladimir-putin] talked about [Ukraine|country:UA].",
    "[Ukraine|country:UA] waited.",
  ], [
    {
      text: '"Ukraine and Russia must talk"',
      sentence: 2,
      speaker: "person:olaf-scholz",
      about: ["country:UA", "country:RU", "person:olaf-scholz"],
      reportedBy: "organization:reuters",
    },
  ]),
  makeDoc("b", "2022-01-10", [
    "[Putin|person:putin] warned [Ukraine|country:UA].",
    "[Reuters|organization:reuters] reported that [Scholz|person:olaf-scholz] and [Putin|person:putin] spoke.",
  ], [{ text: '"We are ready"', sentence: 1, speaker: "person:putin" }]),
];

async function graphOf(docs = corpus, options = {}) {
  const resolution = await resolve(docs);
  return buildGraph(docs, resolution, options);
}

describe("graph", () => {
  it("links entities that share a sentence, weighted by sentences, across articles", async () => {
    const graph = await graphOf();
    const key = "cooccurrence:person:olaf-scholz->person:vladimir-putin";
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.isUndirected(key)).toBe(true);
    // Two sentences in article a, one in b, where "Putin" alone merged into the full name.
    expect(graph.getEdgeAttributes(key)).toMatchObject({
      kind: "cooccurrence",
      weight: 3,
      documents: 2,
      firstDate: "2022-01-10",
      lastDate: "2022-02-15",
    });
    expect(graph.getEdgeAttribute(key, "evidence")[0]).toMatchObject({ article: "a", date: "2022-02-15" });
    expect(graph.getEdgeAttribute(key, "evidence")[0]!.text).toContain("met Vladimir Putin in Moscow");
    expect(graph.hasNode("person:putin")).toBe(false);
    // One edge per pair and kind, never a second one in the other direction.
    expect(graph.edges("person:olaf-scholz", "person:vladimir-putin")).toHaveLength(1);
  });

  it("draws quote edges from the speaker to each entity named inside, and cites from the reporter", async () => {
    const graph = await graphOf();
    const quote = "quote:person:olaf-scholz->country:UA";
    expect(graph.isDirected(quote)).toBe(true);
    expect(graph.source(quote)).toBe("person:olaf-scholz");
    expect(graph.getEdgeAttributes(quote)).toMatchObject({ kind: "quote", weight: 1 });
    expect(graph.getEdgeAttribute(quote, "evidence")[0]!.text).toBe('"Ukraine and Russia must talk"');
    expect(graph.hasEdge("quote:person:olaf-scholz->person:olaf-scholz")).toBe(false);
    expect(graph.getEdgeAttributes("cites:organization:reuters->person:olaf-scholz")).toMatchObject({ kind: "cites" });
    expect(graph.getNodeAttribute("person:olaf-scholz", "quotes")).toBe(1);
  });

  it("keeps each speaker's quotations on its node, also those no edge carries", async () => {
    const graph = await graphOf();
    expect(graph.getNodeAttribute("person:vladimir-putin", "quotations")).toEqual([
      {
        article: "b", title: "Title of b", date: "2022-01-10", text: '"We are ready"', url: null, source: null,
        // The attribution can be checked: the cue and the sentence the quote was read in.
        cue: "said", context: "Reuters reported that Scholz and Putin spoke.",
      },
    ]);
    expect(graph.outEdges("person:vladimir-putin").filter((e) => graph.getEdgeAttribute(e, "kind") !== "cooccurrence")).toEqual([]);
    expect(graph.getNodeAttribute("country:UA", "quotations")).toEqual([]);
  });

  it("counts mentions and weight per article date, and articles per date for the timeline", async () => {
    const graph = await graphOf();
    // Scholz: named twice in article a, once in b.
    const scholz = graph.getNodeAttributes("person:olaf-scholz");
    expect(scholz.dates).toEqual({ "2022-01-10": 1, "2022-02-15": 2 });
    expect(Object.values(scholz.dates!).reduce((a, b) => a + b, 0)).toBe(scholz.mentions);
    const pair = graph.getEdgeAttributes("cooccurrence:person:olaf-scholz->person:vladimir-putin");
    expect(pair.dates).toEqual({ "2022-01-10": 1, "2022-02-15": 2 });
    expect(graph.getAttribute("articlesByDate")).toEqual({ "2022-01-10": 1, "2022-02-15": 1 });
  });

  it("keeps every piece of a link's evidence in the trail, beyond the bounded preview", async () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `[Aldo Verin|person:aldo-verin] met [Mira Tosk|person:mira-tosk], round ${i}.`);
    const docs = [makeDoc("t", "2023-05-01", sentences)];
    const builder = createGraphBuilder(await resolve(docs), { evidenceLimit: 3 });
    for (const doc of docs) builder.add(doc);
    const graph = builder.finish();
    const key = "cooccurrence:person:aldo-verin->person:mira-tosk";
    expect(graph.getEdgeAttribute(key, "evidence")).toHaveLength(3);
    const all = builder.trail().of(key);
    expect(all).toHaveLength(12);
    expect(all[11]).toMatchObject({ article: "t", date: "2023-05-01", text: "Aldo Verin met Mira Tosk, round 11." });
  });

  it("bounds evidence and clips long sentences", async () => {
    const sentences = Array.from({ length: 9 }, (_, i) => `[France|country:FR] and [Spain|country:ES] agreed, round ${i}.`);
    sentences.push(`[France|country:FR] and [Spain|country:ES] ${"then talked at length ".repeat(40)}.`);
    const docs = [makeDoc("x", null, sentences)];
    const graph = await graphOf(docs, { evidenceLimit: 3, evidenceChars: 60 });
    const attributes = graph.getEdgeAttributes("cooccurrence:country:ES->country:FR");
    expect(attributes.weight).toBe(10);
    expect(attributes.evidence.map((e) => e.text)).toEqual([
      "France and Spain agreed, round 0.",
      "France and Spain agreed, round 1.",
      "France and Spain agreed, round 2.",
    ]);
    const clipped = await graphOf([makeDoc("y", null, sentences.slice(9))], { evidenceChars: 60 });
    const text = clipped.getEdgeAttribute("cooccurrence:country:ES->country:FR", "evidence")[0]!.text;
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text.endsWith("…")).toBe(true);
  });

  it("drops weak links and rare entities when asked", async () => {
    const graph = await graphOf(corpus, { minWeight: 2, minMentions: 3 });
    expect(graph.hasEdge("cooccurrence:person:olaf-scholz->person:vladimir-putin")).toBe(true);
    expect(graph.hasEdge("cooccurrence:country:RU->person:olaf-scholz")).toBe(false);
    expect(graph.hasNode("organization:reuters")).toBe(false);
    expect(graph.hasNode("country:UA")).toBe(true);
    await expect(graphOf(corpus, { evidenceLimit: -1 })).rejects.toThrow(/newsgraph\/graph: evidenceLimit/);
  });

  it("measures, colours and lays out every node, identically on every run", async () => {
    const first = await graphOf();
    const second = await graphOf();
    expect(first.export()).toEqual(second.export());
    first.forEachNode((node, attributes) => {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(attributes.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(attributes.pagerank).toBeGreaterThan(0);
      expect(attributes.degree).toBe(first.neighbors(node).length);
    });
    const putin = first.getNodeAttributes("person:vladimir-putin");
    const reuters = first.getNodeAttributes("organization:reuters");
    expect(putin.size).toBeGreaterThan(reuters.size);
    expect(putin.color).not.toBe(first.getNodeAttribute("country:UA", "color"));
    // Repeated links weigh more than they count as neighbours.
    expect(first.getNodeAttribute("person:olaf-scholz", "weightedDegree")).toBeGreaterThan(first.getNodeAttribute("person:olaf-scholz", "degree"));
  });
});

describe("layout budget", () => {
  it("gives a large graph fewer ForceAtlas2 iterations, within the configured bounds", async () => {
    const { MultiGraph } = await import("graphology");
    const { layoutIterations } = await import("../../src/graph/layout.js");
    const { GRAPH_DEFAULTS } = await import("../../src/graph/defaults.js");
    const sized = (n: number) => {
      const graph = new MultiGraph({ type: "mixed" });
      for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
      for (let i = 1; i < n; i++) graph.addUndirectedEdge(`n${i - 1}`, `n${i}`);
      return layoutIterations(graph as never, GRAPH_DEFAULTS);
    };
    expect(sized(30)).toBe(GRAPH_DEFAULTS.maxIterations);
    const mid = sized(3000);
    expect(mid).toBeLessThan(GRAPH_DEFAULTS.maxIterations);
    expect(mid).toBeGreaterThan(GRAPH_DEFAULTS.minIterations);
    expect(sized(200_000)).toBe(GRAPH_DEFAULTS.minIterations);
  });
});

describe("a grown graph's layout", () => {
  it("starts from the previous positions: placed nodes stay near them, a new node joins its neighbours", async () => {
    const { MultiGraph } = await import("graphology");
    const { assignLayout } = await import("../../src/graph/layout.js");
    const { GRAPH_DEFAULTS } = await import("../../src/graph/defaults.js");
    // Two rings of 40 joined by one edge, then one node linked to three nodes of the first ring.
    const rings = () => {
      const graph = new MultiGraph({ type: "mixed" });
      for (let i = 0; i < 80; i++) graph.addNode(`n${i}`, { x: 0, y: 0, size: 3 });
      for (let i = 0; i < 80; i++) graph.addUndirectedEdge(`n${i}`, `n${i % 40 === 39 ? i - 39 : i + 1}`, { weight: 1 });
      graph.addUndirectedEdge("n0", "n40", { weight: 1 });
      return graph as never as Parameters<typeof assignLayout>[0];
    };
    const first = rings();
    assignLayout(first, GRAPH_DEFAULTS);
    const previous = new Map<string, { x: number; y: number }>();
    first.forEachNode((node, { x, y }) => previous.set(node, { x, y }));

    const grow = () => {
      const graph = rings();
      graph.addNode("new", { x: 0, y: 0, size: 3 } as never);
      for (const node of ["n5", "n6", "n7"]) graph.addUndirectedEdge("new", node, { weight: 1 } as never);
      return graph;
    };
    const grown = grow();
    assignLayout(grown, GRAPH_DEFAULTS, previous);
    const scratch = grow();
    assignLayout(scratch, GRAPH_DEFAULTS);
    const at = (graph: typeof grown, node: string) => graph.getNodeAttributes(node) as { x: number; y: number };
    const moved = (graph: typeof grown) =>
      [...previous].reduce((sum, [node, p]) => sum + Math.hypot(at(graph, node).x - p.x, at(graph, node).y - p.y), 0) / previous.size;
    const extent = Math.max(...[...previous.values()].map((p) => Math.hypot(p.x, p.y)));
    expect(moved(grown)).toBeLessThan(extent / 10);
    expect(moved(scratch)).toBeGreaterThan(moved(grown) * 4);
    const neighbours = ["n5", "n6", "n7"].map((node) => at(grown, node));
    const centre = { x: neighbours.reduce((s, p) => s + p.x, 0) / 3, y: neighbours.reduce((s, p) => s + p.y, 0) / 3 };
    expect(Math.hypot(at(grown, "new").x - centre.x, at(grown, "new").y - centre.y)).toBeLessThan(extent / 4);
  });
});
