import { describe, expect, it } from "vitest";
import { applyFilters, filterDomain, resolveFilters } from "../../viewer/src/filters/index.js";
import { toDataset } from "../../viewer/src/graph/dataset.js";
import { buildTimeIndex } from "../../viewer/src/timeline/model.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer filters", () => {
  const graph = fixtureDataset();

  it("shows everything with the default settings", () => {
    const r = applyFilters(graph, resolveFilters());
    expect(r.nodes.size).toBe(graph.order);
    expect(r.edges.size).toBe(graph.size);
  });

  it("hiding a type hides its nodes and every edge touching them", () => {
    const r = applyFilters(graph, resolveFilters({ hiddenTypes: ["country"] }));
    for (const key of r.nodes) expect(graph.getNodeAttribute(key, "entityType")).not.toBe("country");
    for (const key of r.edges) {
      expect(graph.getNodeAttribute(graph.source(key), "entityType")).not.toBe("country");
      expect(graph.getNodeAttribute(graph.target(key), "entityType")).not.toBe("country");
    }
    expect(r.types.get("country")).toBeUndefined();
  });

  it("filters edges by kind and minimum weight", () => {
    const r = applyFilters(graph, resolveFilters({ hiddenKinds: ["cooccurrence"], minEdgeWeight: 2 }));
    expect(r.edges.size).toBeGreaterThan(0);
    for (const key of r.edges) {
      const a = graph.getEdgeAttributes(key);
      expect(a.kind).not.toBe("cooccurrence");
      expect(a.weight).toBeGreaterThanOrEqual(2);
    }
  });

  it("hides isolated nodes only when asked", () => {
    const settings = resolveFilters({ hiddenKinds: ["cooccurrence", "cites"] });
    const kept = applyFilters(graph, settings);
    const pruned = applyFilters(graph, { ...settings, hideIsolated: true });
    expect(pruned.nodes.size).toBeLessThan(kept.nodes.size);
    for (const key of pruned.nodes) expect(graph.edges(key).some((e) => pruned.edges.has(e))).toBe(true);
  });

  it("without per-date counts, keeps items whose date span overlaps the range", () => {
    const r = applyFilters(graph, resolveFilters({ dateFrom: "2026-03-01", dateTo: "2026-03-31" }), buildTimeIndex(graph, null));
    for (const key of r.edges) expect(graph.getEdgeAttribute(key, "lastDate")! >= "2026-03-01").toBe(true);
    for (const key of r.nodes) {
      const last = graph.getNodeAttribute(key, "lastDate");
      expect(last === null || last >= "2026-03-01").toBe(true);
    }
    expect(r.nodes.size).toBeLessThan(graph.order);
  });

  it("with per-date counts, keeps only what was mentioned inside the window and counts it there", () => {
    const data = toDataset({
      nodes: [
        { key: "person:ada-vorn", attributes: { label: "Ada Vorn", mentions: 5, firstDate: "2026-01-01", lastDate: "2026-01-30", dates: { "2026-01-01": 3, "2026-01-30": 2 } } },
        { key: "person:bo-kell", attributes: { label: "Bo Kell", mentions: 4, firstDate: "2026-01-01", lastDate: "2026-01-30", dates: { "2026-01-01": 1, "2026-01-15": 2, "2026-01-30": 1 } } },
        { key: "person:cy-marl", attributes: { label: "Cy Marl", mentions: 2, firstDate: "2026-01-15", lastDate: "2026-01-15", dates: { "2026-01-15": 2 } } },
      ],
      edges: [
        { key: "ab", source: "person:ada-vorn", target: "person:bo-kell", attributes: { kind: "cooccurrence", weight: 3, firstDate: "2026-01-01", lastDate: "2026-01-30", dates: { "2026-01-01": 2, "2026-01-30": 1 } } },
        { key: "bc", source: "person:bo-kell", target: "person:cy-marl", attributes: { kind: "cooccurrence", weight: 2, firstDate: "2026-01-15", lastDate: "2026-01-15", dates: { "2026-01-15": 2 } } },
      ],
      attributes: { articlesByDate: { "2026-01-01": 2, "2026-01-15": 3, "2026-01-30": 1 } },
    } as never);
    const time = buildTimeIndex(data, data.getAttribute("articlesByDate"));
    expect(time.days).toHaveLength(30);
    const r = applyFilters(data, resolveFilters({ dateFrom: "2026-01-10", dateTo: "2026-01-20" }), time);
    // Ada's span covers the window, but she was not mentioned in it.
    expect([...r.nodes].sort()).toEqual(["person:bo-kell", "person:cy-marl"]);
    expect([...r.edges]).toEqual(["bc"]);
    expect(r.window!.articles).toBe(3);
    expect(r.window!.nodeMentions[1]).toBe(2);
    // The minimum weight applies to what the window counts: "ab" weighs 3 in all, 2 on 1 January.
    const jan1 = applyFilters(data, resolveFilters({ dateFrom: "2026-01-01", dateTo: "2026-01-01", minEdgeWeight: 3 }), time);
    expect(jan1.edges.size).toBe(0);
  });

  it("keeps a node and the nodes within the asked depth of it (ego network)", () => {
    const one = applyFilters(graph, resolveFilters({ ego: "person:tomas-berg", egoDepth: 1 }));
    const neighbours = new Set(graph.neighbors("person:tomas-berg"));
    expect([...one.nodes].sort()).toEqual(["person:tomas-berg", ...neighbours].sort());
    const two = applyFilters(graph, resolveFilters({ ego: "person:tomas-berg", egoDepth: 2 }));
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const key of two.edges) {
      expect(two.nodes.has(graph.source(key)) && two.nodes.has(graph.target(key))).toBe(true);
    }
  });

  it("restricts to one community and to a minimum of mentions", () => {
    const r = applyFilters(graph, resolveFilters({ community: 1, minMentions: 6 }));
    expect(r.nodes.size).toBeGreaterThan(0);
    for (const key of r.nodes) {
      expect(graph.getNodeAttribute(key, "community")).toBe(1);
      expect(graph.getNodeAttribute(key, "mentions")).toBeGreaterThanOrEqual(6);
    }
  });

  it("describes the domain the controls offer", () => {
    const d = filterDomain(graph);
    expect([...d.types.values()].reduce((a, b) => a + b, 0)).toBe(graph.order);
    expect([...d.kinds.keys()].sort()).toEqual(["cites", "cooccurrence", "quote"]);
    expect(d.minDate! <= d.maxDate!).toBe(true);
    expect(d.maxEdgeWeight).toBe(Math.max(...graph.mapEdges((_e, a) => a.weight)));
  });
});
