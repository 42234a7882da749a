import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { DocExtraction } from "../../src/extract/types.js";
import { lineCases } from "../../src/extract/mentions/lines.js";
import { tokenize } from "../../src/extract/tokens.js";

// Every sentence and name here is made up: the behaviours are general, not tied to any article.
function run(text: string, finders: "rules" | "model" | "both" = "both"): DocExtraction {
  return extract({ id: "t", title: "", date: null, source: null, url: null, text, origin: { file: "test" } }, { quotes: false, finders });
}
const typed = (x: DocExtraction) => x.mentions.map((m) => `${m.text}/${m.entityType}`);

describe("mention finders: every decision says which rule made it", () => {
  it("records a rule id on every mention, from the rules, the document pass or the model", () => {
    const x = run("Finance Minister Ilse Brandt of Norway met the chipmaker Voltrix in Oslo. Brandt said Voltrix would hire.");
    expect(x.mentions.length).toBeGreaterThan(3);
    for (const m of x.mentions) expect(m.rule).toMatch(/^(?:gazetteer|person|org|name|coref|model)\.[a-z-]+$/);
    expect(x.mentions.find((m) => m.text === "Ilse Brandt")!.rule).toBe("person.titled");
    expect(x.mentions.find((m) => m.text === "Norway")!.rule).toBe("gazetteer.country");
  });

  it("uses the rules alone when asked, with no model decision in the record", () => {
    const x = run("Democrat Dorian Vasquez met Halvard Lunde in Quito.", "rules");
    expect(x.mentions.every((m) => !m.rule!.startsWith("model."))).toBe(true);
  });

  it("refuses an unknown finder choice, naming the option", () => {
    expect(() => extract({ id: "t", title: "", date: null, source: null, url: null, text: "x", origin: { file: "t" } }, { finders: "crf" as never })).toThrow(/options\.finders/);
  });
});

describe("headline casing is weak evidence", () => {
  it("tells Title Case and ALL CAPS lines from ordinary sentences", () => {
    const { tokens } = tokenize("POP SINGER CHECKS INTO CLINIC\nPop Singer Checks Into Clinic After a Long Tour\nThe singer checked into a clinic on Monday.");
    expect(lineCases(tokens)).toEqual(["caps", "title", "plain"]);
  });

  it("does not read a Title Case headline as one long person's name", () => {
    const x = run("Marla Quenby Checks Into Clinic After Long Tour\nThe singer checked into a clinic on Monday, her agent Tobias Wren said.");
    expect(typed(x)).not.toContain("Marla Quenby Checks Into Clinic After Long Tour/person");
    expect(typed(x)).toContain("Tobias Wren/person");
  });

  it("keeps a name in an ALL CAPS headline when the body names the same person", () => {
    const x = run("MARLA QUENBY CHECKS INTO CLINIC\nMarla Quenby checked into a clinic on Monday, her agent said.");
    const people = x.mentions.filter((m) => m.entityType === "person");
    expect(people.map((m) => m.text)).toContain("Marla Quenby");
    expect(new Set(people.map((m) => m.entity))).toEqual(new Set(["person:marla-quenby"]));
    expect(typed(x)).not.toContain("MARLA/organization");
  });
});

describe("class fixes", () => {
  it("types a company shaped like a person's name by what the article says of it", () => {
    const x = run("Shares of Brandt Keller rose 4% on Monday. Brandt Keller employs 9,000 people in Ohio.");
    expect(x.mentions.filter((m) => m.text === "Brandt Keller").map((m) => m.entityType)).toEqual(["organization", "organization"]);
  });

  it("reads a '-maker' noun before a name as a company cue", () => {
    const x = run("The chipmaker Voltrix said on Tuesday that profits rose.");
    expect(typed(x)).toContain("Voltrix/organization");
  });

  it("leaves a party label in front of a name out of the name", () => {
    const x = run("Democrat Dorian Vasquez won the seat on Tuesday.");
    expect(typed(x)).toContain("Dorian Vasquez/person");
    expect(x.mentions.map((m) => m.text)).not.toContain("Democrat Dorian Vasquez");
  });

  it("does not take an ordinary capitalised word after a colon for a name", () => {
    const x = run("The verdict: Guilty on all counts, said judge Anneke Moll.");
    expect(x.mentions.map((m) => m.text)).not.toContain("Guilty");
  });
});
