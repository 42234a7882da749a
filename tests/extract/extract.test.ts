import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { entity, run } from "./helpers.js";

// The decisions have their specs beside their modules (typing/, titles/, coref/, sports/); these are the whole extraction's.

describe("extract: references", () => {
  it("turns a demonym into a reference to the country, not a mention", () => {
    const x = run("Chilean troops crossed the border at dawn.");
    expect(x.mentions).toEqual([]);
    expect(x.references).toMatchObject([{ text: "Chilean", entity: "country:CL", via: "demonym" }]);
    expect(entity(x, "country:CL")?.label).toBe("Chile");
  });

  it("links a role phrase to the person introduced with that role and state", () => {
    const x = run("Chilean President Ana Morales met reporters. Later the Chilean president left for Lima.");
    const role = x.references.find((r) => r.via === "role");
    expect(role).toMatchObject({ text: "Chilean president", entity: "person:ana-morales" });
  });
});

describe("extract: sentences and offsets", () => {
  it("splits sentences at paragraph breaks and after quotes, not after abbreviations", () => {
    const text = 'Dr. Lena Ortiz met Mr. Paul Nguyen in the U.S. capital on Feb. 3.\n\nHe said "no." Talks resumed.';
    const x = run(text);
    expect(x.sentences.map((s) => s.text)).toEqual(['Dr. Lena Ortiz met Mr. Paul Nguyen in the U.S. capital on Feb. 3.', 'He said "no."', "Talks resumed."]);
  });

  it("gives offsets that index the article text exactly", () => {
    const text =
      "“Britain’s Home Secretary Omar Haddad told the BBC on Friday that Russia's claims were false,” wrote Anna Lind.\n\nHaddad's aides, and Kenya's foreign ministry, disagreed.";
    const x = run(text);
    expect(x.mentions.length).toBeGreaterThan(4);
    for (const m of [...x.mentions, ...x.references, ...x.sentences]) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const m of x.mentions) expect(x.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
  });

  it("rejects an article without text, and bad options, naming the stage", () => {
    expect(() => extract({ id: "x" } as never)).toThrow(/newsgraph\/extract/);
    expect(() => extract({ id: "x", text: "Hi." } as never, { sportsCues: 0 })).toThrow(/newsgraph\/extract: options.sportsCues/);
  });
});
