import { describe, expect, it } from "vitest";
import { toDataset } from "../../viewer/src/graph/dataset.js";
import { buildSearchIndex, normalise, searchNodes as searchAll, skeleton, type SearchOptions } from "../../viewer/src/search/index.js";
import { fixtureDataset } from "./helpers.js";

const searchNodes = (index: Parameters<typeof searchAll>[0], q: string, o: Partial<SearchOptions> = {}) => searchAll(index, q, o).suggestions;

/** Invented people: a main node and a one-mention duplicate spelled another way. */
function people() {
  const node = (key: string, label: string, mentions: number, aliases: string[] = []) => ({ key, attributes: { label, entityType: "person", mentions, aliases } });
  return buildSearchIndex(toDataset({
    nodes: [
      node("person:oleksiy-varenko", "Oleksiy Varenkiy", 240, ["Varenkiy"]),
      node("person:varenko", "Varenko", 1),
      node("person:mira-tosk", "Mira Tosk", 12),
      node("person:mira-toskova", "Mira Toskova", 3),
    ],
    edges: [],
  } as never));
}

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

  it("puts the entity mentioned most first, over a one-mention duplicate spelled exactly as typed", () => {
    const result = searchNodes(people(), "Varenko");
    expect(result.map((s) => s.key)).toEqual(["person:oleksiy-varenko", "person:varenko"]);
    expect(result[0]).toMatchObject({ mentions: 240, entityType: "person", fuzzy: true });
    expect(result[1]).toMatchObject({ mentions: 1, fuzzy: false });
  });

  it("matches across transliterations and one typo", () => {
    expect(skeleton("zelenskiy")).toBe(skeleton("zelensky"));
    expect(skeleton("zelenskyy")).toBe(skeleton("zelensky"));
    expect(searchNodes(people(), "Varenky").map((s) => s.key)).toContain("person:oleksiy-varenko");
    expect(searchNodes(people(), "Mira Tsok").map((s) => s.key)[0]).toBe("person:mira-tosk");
    expect(searchNodes(people(), "Qwxyz")).toEqual([]);
  });

  it("reports the matches the filters hide apart from the ones shown", () => {
    const index = people();
    const result = searchAll(index, "mira", { within: new Set(["person:mira-toskova"]) });
    expect(result.suggestions.map((s) => s.key)).toEqual(["person:mira-toskova"]);
    expect(result.hidden.map((s) => s.key)).toEqual(["person:mira-tosk"]);
  });

  it("normalises whitespace, case and diacritics", () => {
    expect(normalise("  Inês   DUARTE ")).toBe("ines duarte");
  });
});
