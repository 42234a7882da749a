import { describe, expect, it } from "vitest";
import { applyFilters, filterDomain, resolveFilters } from "../../viewer/src/filters/index.js";
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

  it("keeps items whose date span overlaps the range", () => {
    const r = applyFilters(graph, resolveFilters({ dateFrom: "2026-03-01", dateTo: "2026-03-31" }));
    for (const key of r.edges) expect(graph.getEdgeAttribute(key, "lastDate")! >= "2026-03-01").toBe(true);
    for (const key of r.nodes) {
      const last = graph.getNodeAttribute(key, "lastDate");
      expect(last === null || last >= "2026-03-01").toBe(true);
    }
    expect(r.nodes.size).toBeLessThan(graph.order);
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
