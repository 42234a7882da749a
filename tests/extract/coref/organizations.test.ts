import { describe, expect, it } from "vitest";
import { entity, run } from "../helpers.js";

describe("coref/organizations: the key an organization gets", () => {
  it("keys a generic government body by its state, whether written as adjective or possessive", () => {
    const x = run("The Peruvian Interior Ministry denied it. Later, Peru's Interior Ministry confirmed it.");
    const orgs = x.mentions.filter((m) => m.entityType === "organization");
    expect(orgs.map((m) => m.entity)).toEqual(["organization:peruvian-interior-ministry", "organization:peruvian-interior-ministry"]);
    expect(entity(x, "organization:peruvian-interior-ministry")?.affiliation).toBe("country:PE");
  });

  it("keys a body with a name of its own by that name, not by its state", () => {
    const x = run("The Peruvian Zorbic Society met on Monday.");
    expect(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.entity)).toEqual(["organization:peruvian-zorbic-society"]);
  });
});
