import { describe, expect, it } from "vitest";
import { buildSearchIndex, normalise, searchNodes } from "../../viewer/src/search/index.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer search", () => {
  const graph = fixtureDataset();
  const index = buildSearchIndex(graph);

  it("finds a node by the start of its label, ignoring case", () => {
    expect(searchNodes(index, "hung")[0]?.label).toBe("Hungary");
  });

  it("finds a node by an alias and says which alias matched", () => {
    const [first] = searchNodes(index, "IMF");
    expect(first?.key).toBe("organization:imf");
    expect(first?.via).toBe("IMF");
  });

  it("matches words inside a name and ignores accents", () => {
    expect(searchNodes(index, "ines").map((s) => s.key)).toContain("person:ines-duarte");
    expect(searchNodes(index, "monetary").map((s) => s.key)).toContain("organization:imf");
  });

  it("ranks a label prefix above a mere substring, then by mentions", () => {
    const keys = searchNodes(index, "n", { limit: 20 }).map((s) => s.key);
    // "NATO" starts with n; "Anna Kovacs" only contains it.
    expect(keys.indexOf("organization:nato")).toBeLessThan(keys.indexOf("person:anna-kovacs"));
  });

  it("searches only within the given keys and honours the limit", () => {
    const within = new Set(["country:FR"]);
    expect(searchNodes(index, "r", { within }).map((s) => s.key)).toEqual(["country:FR"]);
    expect(searchNodes(index, "a", { limit: 3 })).toHaveLength(3);
    expect(searchNodes(index, "   ")).toEqual([]);
  });

  it("normalises whitespace, case and diacritics", () => {
    expect(normalise("  Inês   DUARTE ")).toBe("ines duarte");
  });
});
