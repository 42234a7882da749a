import { describe, expect, it } from "vitest";
import { decided, entity, names, rules, run } from "../helpers.js";

describe("typing/organization: which names are organizations", () => {
  it("finds organizations by the shape of their names and lists the country they contain", () => {
    const x = run("Researchers at the University of Leeds and the U.S. Department of Energy worked with Brightwater Holdings.");
    expect(names(x, "organization")).toEqual(["University of Leeds", "U.S. Department of Energy", "Brightwater Holdings"]);
    expect(names(x, "country")).toEqual(["U.S."]);
  });

  it("reads an all-capitals acronym as an organization, but not one the article defines for a common phrase", () => {
    const x = run("Officials at UNCTAD said the iodine deficiency disorder (IDD) rate rose. IDD is preventable.");
    expect(names(x, "organization")).toEqual(["UNCTAD"]);
  });

  it("reads a collective noun before a name as a team ('Team Norway'), not as the country", () => {
    expect(decided(rules("Fans cheered Team Norway on Sunday."))).toEqual(["Team Norway/organization/org.collective"]);
  });

  it("makes a state's branch of a body its own body, affiliated to the state", () => {
    const x = rules("Tents were sent by the Norwegian Zorbic Society.");
    expect(decided(x)).toEqual(["Norwegian Zorbic Society/organization/org.state-branch"]);
    expect(entity(x, "organization:norwegian-zorbic-society")?.affiliation).toBe("country:NO");
  });

  it("reads a state's name before one unknown word as a company ('Saudi X'), the state nested in it", () => {
    expect(decided(rules("Saudi Zentrax raised its prices."))).toEqual([
      "Saudi Zentrax/organization/org.state-company",
      "Saudi/country/gazetteer.nested-country",
    ]);
  });

  it("reads the name before a lower-case title and a person as the employer", () => {
    expect(decided(rules("The report by Blue Heron analyst Jane Doe was weak."))).toEqual([
      "Blue Heron/organization/org.owns-title",
      "Jane Doe/person/person.titled",
    ]);
  });
});
