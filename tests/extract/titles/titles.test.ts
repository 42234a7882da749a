import { describe, expect, it } from "vitest";
import { decided, entity, names, rules, run } from "../helpers.js";

describe("titles: a title around a name becomes its role and affiliation", () => {
  it("strips a title and a nationality before it, keeping them as role and affiliation", () => {
    const x = run("U.S. Secretary of State Marta Kowalczyk flew to Lima on Tuesday.");
    expect(names(x, "person")).toEqual(["Marta Kowalczyk"]);
    expect(names(x, "country")).toEqual(["U.S."]);
    const p = entity(x, "person:marta-kowalczyk")!;
    expect(p.roles).toContain("secretary of state");
    expect(p.affiliation).toBe("country:US");
  });

  it("takes a lower-case role and its owner before the name", () => {
    const x = run("The talks were confirmed by Chilean foreign minister Tomas Vidal and NATO spokeswoman Ilse Brandt.");
    expect(entity(x, "person:tomas-vidal")).toMatchObject({ roles: ["foreign minister"], affiliation: "country:CL" });
    expect(entity(x, "person:ilse-brandt")).toMatchObject({ roles: ["spokeswoman"], affiliation: "organization:nato" });
  });

  it("keeps the last of titles in a row, and no role for an honorific", () => {
    const x = rules("Deputy Foreign Minister Halvard Lunde met Mr. Ivo Brandt.");
    expect(entity(x, "person:halvard-lunde")?.roles).toEqual(["deputy foreign minister"]);
    expect(entity(x, "person:ivo-brandt")?.roles ?? []).toEqual([]);
  });

  it("gives a possessive owner its title, and carries a title across 'to <place>' to the name after it", () => {
    const x = rules("Britain's Foreign Secretary Omar Haddad met the U.K. Ambassador to Kenya Lisa Zorn.");
    expect(entity(x, "person:omar-haddad")).toMatchObject({ roles: ["foreign secretary"], affiliation: "country:GB" });
    expect(entity(x, "person:lisa-zorn")).toMatchObject({ roles: ["ambassador"], affiliation: "country:GB" });
  });

  it("reads a title word that ends a name as its surname, not as a title", () => {
    expect(decided(rules("Students read about Martin Luther King."))).toEqual(["Martin Luther King/person/person.name-shape"]);
  });

  it("reads a lower-case organization noun before a name as saying what it names", () => {
    expect(decided(rules("The chipmaker Voltrix said profits rose."))).toEqual(["Voltrix/organization/org.cue-noun"]);
  });
});
