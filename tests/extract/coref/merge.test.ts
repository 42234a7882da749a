import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

describe("coref/merge: one key per organization however the article shortens it", () => {
  it("joins a bracketed acronym and a shortened name to the organization's full name", () => {
    const x = run(
      "The Federation of Andean Growers (FAG) met the Peruvian Water Authority. FAG members said the Water Authority had refused.",
    );
    const keys = (surface: string) => new Set(x.mentions.filter((m) => m.text === surface).map((m) => m.entity));
    expect(keys("FAG")).toEqual(keys("Federation of Andean Growers"));
    expect(keys("Water Authority")).toEqual(keys("Peruvian Water Authority"));
  });

  it("joins a body's bare name to the one name of the form 'X of <name>'", () => {
    const x = run("The Church of Zorbism opened a school. Zorbism now counts 2,000 members.");
    const keys = new Set(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.entity));
    expect(keys).toEqual(new Set(["organization:church-of-zorbism"]));
  });
});
