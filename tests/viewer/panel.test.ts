import { describe, expect, it } from "vitest";
import { applyFilters, resolveFilters } from "../../viewer/src/filters/index.js";
import { toDataset } from "../../viewer/src/graph/dataset.js";
import { describeNode } from "../../viewer/src/panel/model.js";
import { makeViewerFixture } from "./fixture.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer detail panel model", () => {
  const graph = fixtureDataset();
  const key = "person:anna-kovacs";

  it("lists neighbours by total link weight, heaviest first", () => {
    const view = describeNode(graph, key);
    const weights = view.neighbours.map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(view.neighbours.length).toBe(graph.neighbors(key).length);
  });

  it("groups parallel links of one pair under one neighbour, with their kind and direction", () => {
    const eu = describeNode(graph, key).neighbours.find((n) => n.key === "organization:eu")!;
    expect(eu.links.map((l) => l.kind).sort()).toEqual(["cooccurrence", "quote"]);
    expect(eu.links.find((l) => l.kind === "quote")!.direction).toBe("out");
    expect(eu.weight).toBe(eu.links.reduce((s, l) => s + l.weight, 0));
  });

  it("collects the node's own quotations from quote and cites links, with titles and dates", () => {
    const view = describeNode(graph, key);
    expect(view.quotations.length).toBeGreaterThan(0);
    for (const q of view.quotations) {
      expect(q.title).not.toBe("");
      expect(q.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Berg's quote about her is his, not hers.
    expect(view.quotations.some((q) => q.text.includes("Berg said"))).toBe(false);
  });

  it("lists the articles behind its links once each, newest first", () => {
    const view = describeNode(graph, key);
    const ids = view.articles.map((a) => a.article);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = view.articles.map((a) => a.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("leaves out links the filters hide", () => {
    const visible = applyFilters(graph, resolveFilters({ hiddenKinds: ["cooccurrence"] }));
    const view = describeNode(graph, key, visible.edges);
    for (const n of view.neighbours) for (const l of n.links) expect(l.kind).not.toBe("cooccurrence");
    expect(view.neighbours.some((n) => n.key === "country:HU")).toBe(false);
  });
});

describe("viewer detail panel model, quotations attribute", () => {
  it("shows a speaker's own quotations even when no link carries them", () => {
    const json = makeViewerFixture().export();
    const node = json.nodes.find((n) => n.key === "person:omar-haddad")!;
    node.attributes = { ...node.attributes, quotations: [{ article: "a9", title: "Late-night session", date: "2026-02-04", text: "We are not there yet." }] };
    const view = describeNode(toDataset(json), "person:omar-haddad");
    expect(view.quotations.map((q) => q.text)).toEqual(["We are not there yet."]);
    expect(view.articles.map((a) => a.article)).toContain("a9");
  });
});
