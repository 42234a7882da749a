import { describe, expect, it } from "vitest";
import { edgeSizer, nodeSizers } from "../../viewer/src/appearance/scale.js";
import { DEFAULT_APPEARANCE, resolveAppearance } from "../../viewer/src/appearance/settings.js";
import { edgeStyles, nodeStyles } from "../../viewer/src/appearance/rules.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer appearance", () => {
  const graph = fixtureDataset();
  const settings = resolveAppearance();

  it("sizes nodes within the configured pixel range, bigger for larger values", () => {
    for (const metric of ["mentions", "pagerank", "degree"] as const) {
      const size = nodeSizers(graph, settings)[metric];
      const values = graph.mapNodes((_k, a) => ({ v: a[metric], s: size(a) })).sort((a, b) => a.v - b.v);
      expect(values[0]!.s).toBeCloseTo(settings.minNodeSize);
      expect(values[values.length - 1]!.s).toBeCloseTo(settings.maxNodeSize);
      for (let i = 1; i < values.length; i++) expect(values[i]!.s).toBeGreaterThanOrEqual(values[i - 1]!.s);
    }
  });

  it("gives heavier links thicker lines within each kind's range", () => {
    const size = edgeSizer(graph, settings);
    expect(size("cooccurrence", 1)).toBeCloseTo(settings.edges.cooccurrence.minSize);
    expect(size("cooccurrence", 6)).toBeGreaterThan(size("cooccurrence", 2));
    expect(size("quote", 100)).toBeLessThanOrEqual(settings.edges.quote.maxSize);
  });

  it("never writes appearance into the dataset", () => {
    const before = JSON.stringify(graph.export());
    nodeStyles(graph, settings);
    edgeStyles(graph, settings);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("dims only what lies outside the focused neighbourhood, and only while there is one", () => {
    const rules = nodeStyles(graph, settings) as { when?: (...args: unknown[]) => boolean; then?: { color?: string } }[];
    const dim = rules.find((r) => r.then?.color === settings.dimmedNodeColor)!;
    const a = graph.getNodeAttributes("country:FR");
    const state = (s: object) => ({ isHovered: false, isHighlighted: false, isSelected: false, isHidden: false, ...s });
    expect(dim.when!(a, state({}), { hasHighlighted: true }, graph)).toBe(true);
    expect(dim.when!(a, state({ isHighlighted: true }), { hasHighlighted: true }, graph)).toBe(false);
    expect(dim.when!(a, state({ isSelected: true }), { hasHighlighted: true }, graph)).toBe(false);
    expect(dim.when!(a, state({}), { hasHighlighted: false }, graph)).toBe(false);
  });

  it("sizes by the metric named in the graph state", () => {
    const [base] = nodeStyles(graph, settings) as { size: (a: unknown, s: unknown, gs: { sizeBy: string }) => number }[];
    // Reuters: mid-range mentions but a single link, so its size differs between metrics.
    const a = graph.getNodeAttributes("organization:reuters");
    const bySize = ["mentions", "pagerank", "degree"].map((sizeBy) => base!.size(a, {}, { sizeBy }));
    expect(new Set(bySize.map((x) => x.toFixed(3))).size).toBeGreaterThan(1);
  });

  it("merges partial settings over the defaults without losing kinds or types", () => {
    const s = resolveAppearance({ typeColors: { person: "#000000" } });
    expect(s.typeColors.person).toBe("#000000");
    expect(s.typeColors.country).toBe(DEFAULT_APPEARANCE.typeColors.country);
    expect(Object.keys(s.edges).sort()).toEqual(["cites", "cooccurrence", "quote"]);
  });
});
