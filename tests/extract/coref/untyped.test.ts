import { describe, expect, it } from "vitest";
import { decided, rules, run } from "../helpers.js";

describe("coref/untyped: context decides a bare name", () => {
  it("types an unknown name by the typed names listed with it", () => {
    const x = run("Stands were set up by Acme Corp, Zentrix and Brightwater Holdings.");
    expect(x.mentions.find((m) => m.text === "Zentrix")?.entityType).toBe("organization");
    expect(decided(rules("Both Zentrix and Brightwater Holdings bid."))).toContain("Zentrix/organization/coref.list-sibling");
  });

  it("reads a name after an organization noun as an organization, and its head word later as the same body", () => {
    const x = run("The secularist magazine Ragione published the ruling of the Regional Court of Appeal. The Court has not commented.");
    expect(x.mentions.find((m) => m.text === "Ragione")?.entityType).toBe("organization");
    const courts = x.mentions.filter((m) => m.text.includes("Court"));
    expect(courts.map((m) => m.text)).toEqual(["Regional Court of Appeal", "Court"]);
    expect(new Set(courts.map((m) => m.entity)).size).toBe(1);
    expect(courts[1]!.rule).toBe("coref.head-of-body");
  });

  it("drops a head word with no body named before it", () => {
    expect(rules("Officials said the Court had ruled.").mentions).toEqual([]);
  });

  it("reads a name that owns a title, or that 'the' leads before a speech verb, as an organization", () => {
    expect(decided(rules("Zorbic's chief executive resigned on Monday."))).toEqual(["Zorbic/organization/coref.owns-title"]);
    expect(decided(rules("On Monday the Zorbic said it would appeal."))).toEqual(["Zorbic/organization/coref.publication-speaks"]);
  });
});
