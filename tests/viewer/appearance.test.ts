import { describe, expect, it } from "vitest";
import { edgeStyles, nodeStyles } from "../../viewer/src/appearance/rules.js";
import { edgeSizeBindings, logEasing, nodeSizeBindings, resolveSize } from "../../viewer/src/appearance/scale.js";
import { DEFAULT_APPEARANCE, resolveAppearance } from "../../viewer/src/appearance/settings.js";
import { mixHexColors, parseHexColor } from "../../viewer/src/appearance/focus-layer.js";
import { fixtureDataset } from "./helpers.js";
import { GRAPH_DEFAULTS } from "../../src/graph/defaults.js";
import { assignStyle } from "../../src/graph/style.js";
import type { NewsGraph } from "../../src/graph/types.js";

describe("viewer appearance", () => {
  const graph = fixtureDataset();
  const settings = resolveAppearance();

  it("sizes nodes within the configured pixel range, bigger for larger values", () => {
    const bindings = nodeSizeBindings(graph, settings);
    for (const metric of ["mentions", "pagerank", "degree"] as const) {
      const sized = graph.mapNodes((_k, a) => ({ v: a[metric], s: resolveSize(bindings[metric], a[metric]) })).sort((a, b) => a.v - b.v);
      expect(sized[0]!.s).toBeCloseTo(settings.minNodeSize);
      expect(sized[sized.length - 1]!.s).toBeCloseTo(settings.maxNodeSize);
      for (let i = 1; i < sized.length; i++) expect(sized[i]!.s).toBeGreaterThanOrEqual(sized[i - 1]!.s);
    }
  });

  it("draws each node at the size graph.gexf gives it, so Gephi shows the same picture", () => {
    const built = fixtureDataset();
    assignStyle(built as unknown as NewsGraph, GRAPH_DEFAULTS);
    const mentions = nodeSizeBindings(built, DEFAULT_APPEARANCE).mentions;
    built.forEachNode((_k, a) => expect(resolveSize(mentions, a.mentions)).toBeCloseTo(a.size, 1));
    const flat = fixtureDataset();
    flat.forEachNode((k) => flat.setNodeAttribute(k, "mentions", 3));
    assignStyle(flat as unknown as NewsGraph, GRAPH_DEFAULTS);
    flat.forEachNode((_k, a) => expect(resolveSize(nodeSizeBindings(flat, DEFAULT_APPEARANCE).mentions, 3)).toBeCloseTo(a.size, 1));
  });

  it("gives every node a middle size when the metric does not vary", () => {
    const flat = fixtureDataset();
    flat.forEachNode((k) => flat.setNodeAttribute(k, "pagerank", 0.5));
    const b = nodeSizeBindings(flat, settings).pagerank;
    const s = resolveSize(b, 0.5);
    expect(s).toBeGreaterThan(settings.minNodeSize);
    expect(s).toBeLessThan(settings.maxNodeSize);
  });

  it("gives heavier links thicker lines within each kind's range, on a log scale", () => {
    const b = edgeSizeBindings(graph, settings);
    expect(resolveSize(b.cooccurrence, 1)).toBeCloseTo(settings.edges.cooccurrence.minSize);
    expect(resolveSize(b.cooccurrence, 6)).toBeGreaterThan(resolveSize(b.cooccurrence, 2));
    expect(resolveSize(b.quote, 100)).toBeCloseTo(settings.edges.quote.maxSize);
    const ease = logEasing(100);
    // Weight 10 of 100 is half-way on a log scale.
    expect(ease((10 - 1) / 99)).toBeCloseTo(0.5);
  });

  it("never writes appearance into the dataset", () => {
    const before = JSON.stringify(graph.export());
    nodeStyles(graph, settings);
    edgeStyles(graph, settings);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("declares no style as a function, so camera moves never re-style the graph", () => {
    // Sigma re-styles every item on each graph-state change (pan, zoom) as soon as one style
    // value is a function; easing functions inside bindings are fine.
    const findFunctions = (value: unknown, path: string, out: string[]) => {
      if (typeof value === "function") {
        if (!path.endsWith(".easing")) out.push(path);
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) findFunctions(v, `${path}.${k}`, out);
      }
      return out;
    };
    expect(findFunctions(nodeStyles(graph, settings), "nodes", [])).toEqual([]);
    expect(findFunctions(edgeStyles(graph, settings), "edges", [])).toEqual([]);
  });

  it("merges partial settings over the defaults without losing kinds or types", () => {
    const s = resolveAppearance({ typeColors: { person: "#000000" } });
    expect(s.typeColors.person).toBe("#000000");
    expect(s.typeColors.country).toBe(DEFAULT_APPEARANCE.typeColors.country);
    expect(Object.keys(s.edges).sort()).toEqual(["cites", "cooccurrence", "quote"]);
  });

  it("reads the background colour that unfocused items fade towards", () => {
    expect(parseHexColor("#ffffff")).toEqual([1, 1, 1]);
    expect(parseHexColor("#000")).toEqual([0, 0, 0]);
    expect(parseHexColor("red")).toEqual([1, 1, 1]);
  });

  it("fades a label colour towards the background by the fade opacity", () => {
    expect(mixHexColors("#000000", "#ffffff", 0)).toBe("#000000");
    expect(mixHexColors("#000000", "#ffffff", 1)).toBe("#ffffff");
    expect(mixHexColors("#212529", "#ffffff", 0.75)).toBe("#c8c9ca");
  });
});
