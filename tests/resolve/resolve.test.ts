import { describe, expect, it } from "vitest";
import { createResolver, remapExtraction, resolve } from "../../src/resolve/index.js";
import { makeDoc } from "./make-doc.js";

const byKey = async (docs: Parameters<typeof resolve>[0]) => {
  const resolution = await resolve(docs);
  return { resolution, entity: (key: string) => resolution.entities.find((e) => e.key === key) };
};

describe("resolve", () => {
  it("merges the same key across articles, counting mentions, documents, quotes and dates", async () => {
    const { entity } = await byKey([
      makeDoc("a", "2022-02-15", ["[Vladimir Putin|person:vladimir-putin] spoke.", "[Putin|person:vladimir-putin] left."], [
        { text: '"Yes"', sentence: 0, speaker: "person:vladimir-putin" },
      ]),
      makeDoc("b", "2022-01-03", ["President [Putin|person:vladimir-putin] met [Russian|country:RU|ref] troops."]),
      makeDoc("c", null, ["[Putin|person:vladimir-putin] again."]),
    ]);
    const putin = entity("person:vladimir-putin")!;
    expect(putin).toMatchObject({
      label: "Vladimir Putin",
      mentions: 4,
      documents: 3,
      quotes: 1,
      firstDate: "2022-01-03",
      lastDate: "2022-02-15",
    });
    expect(putin.aliases).toEqual(["Putin", "Vladimir Putin"]);
    // Reached only through a demonym, the country still exists and counts the reference.
    expect(entity("country:RU")).toMatchObject({ entityType: "country", mentions: 1, namedMentions: 0 });
  });

  it("names countries by the gazetteer, whatever form the articles used", async () => {
    const { entity } = await byKey([
      makeDoc("a", null, ["The [U.S.|country:US] said."]),
      makeDoc("b", null, ["The [U.S.|country:US] said again."]),
    ]);
    expect(entity("country:US")!.label).toBe("United States");
    expect(entity("country:US")!.aliases).toContain("U.S.");
  });

  it("merges a surname-only person into the unique full name, but not when ambiguous", async () => {
    const { resolution, entity } = await byKey([
      makeDoc("a", null, ["[Olaf Scholz|person:olaf-scholz] arrived."]),
      makeDoc("b", null, ["[Scholz|person:scholz] said so."]),
      makeDoc("c", null, ["[Boris Johnson|person:boris-johnson] and [Lyndon Johnson|person:lyndon-johnson]."]),
      makeDoc("d", null, ["[Johnson|person:johnson] said."]),
    ]);
    expect(resolution.remap("person:scholz")).toBe("person:olaf-scholz");
    expect(entity("person:scholz")).toBeUndefined();
    expect(entity("person:olaf-scholz")).toMatchObject({ label: "Olaf Scholz", documents: 2, mentions: 2 });
    expect(entity("person:olaf-scholz")!.aliases).toEqual(["Olaf Scholz", "Scholz"]);
    expect(resolution.remap("person:johnson")).toBe("person:johnson");
    expect(entity("person:johnson")).toBeDefined();
  });

  it("merges a hyphenated surname, but not half of it", async () => {
    const { resolution } = await byKey([
      makeDoc("a", null, ["[Karine Jean-Pierre|person:karine-jean-pierre] spoke."]),
      makeDoc("b", null, ["[Jean-Pierre|person:jean-pierre] said [Pierre|person:pierre] left."]),
    ]);
    expect(resolution.remap("person:jean-pierre")).toBe("person:karine-jean-pierre");
    expect(resolution.remap("person:pierre")).toBe("person:pierre");
    expect(resolution.entities.map((e) => e.key)).toEqual(["person:karine-jean-pierre", "person:pierre"]);
  });

  it("counts an article once when both the surname and the full key appear in it", async () => {
    const { entity } = await byKey([
      makeDoc("a", null, ["[Olaf Scholz|person:olaf-scholz] and [Scholz|person:scholz]."]),
    ]);
    expect(entity("person:olaf-scholz")).toMatchObject({ documents: 1, mentions: 2 });
  });

  it("rewrites an extraction's keys to the corpus keys", async () => {
    const docs = [
      makeDoc("a", null, ["[Olaf Scholz|person:olaf-scholz] came."]),
      makeDoc("b", null, ["[Scholz|person:scholz] said [Germany|country:DE] is fine."], [
        { text: '"Scholz and Olaf Scholz"', sentence: 0, speaker: "person:scholz", about: ["person:scholz", "person:olaf-scholz"] },
      ]),
    ];
    const resolver = createResolver();
    docs.forEach((doc) => resolver.add(doc));
    const { remap } = resolver.finish();
    const rewritten = remapExtraction(docs[1]!, remap);
    expect(rewritten.mentions.map((m) => m.entity)).toEqual(["person:olaf-scholz", "country:DE"]);
    expect(rewritten.quotes[0]).toMatchObject({ speaker: "person:olaf-scholz", about: ["person:olaf-scholz"] });
    expect(() => resolver.add(docs[0]!)).toThrow(/newsgraph\/resolve/);
  });
});
