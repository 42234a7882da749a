import { describe, expect, it } from "vitest";
import { decided, entity, names, rules, run } from "../helpers.js";

describe("typing/person: which names are people", () => {
  it("keeps a chain of name particles inside the name, and its surname on the same person", () => {
    const x = run("Marta van der Berg met Paolo di Stefano in Lisbon. Van der Berg said the talks went well.");
    expect(names(x, "person")).toEqual(["Marta van der Berg", "Paolo di Stefano", "Van der Berg"]);
    expect(new Set(x.mentions.filter((m) => m.entityType === "person").map((m) => m.entity)).size).toBe(2);
  });

  it("drops descriptions, initials, hotels and streets around names", () => {
    const x = run(
      "Policemen Jorge Almeida and L. Ron Tibbets spoke at the Carlton Hotel on 12 Hollis Av. in Washington, D. C. on Monday.",
    );
    expect(names(x, "person")).toEqual(["Jorge Almeida", "L. Ron Tibbets"]);
  });

  it("keeps a title word that ends a person's name", () => {
    const x = run("Students read about Maria Elena King. King said the archive was open.");
    expect(new Set(x.mentions.map((m) => m.entity))).toEqual(new Set(["person:maria-elena-king"]));
  });

  it("does not make a person of a place after a preposition, even before a speech verb", () => {
    const x = run("Amara Odhiambo, a teacher in Kisumu, said prices rose.");
    expect(names(x, "person")).toEqual(["Amara Odhiambo"]);
  });

  it("says which rule made each person: a title, the name's shape, a body's or a demonym's name before it", () => {
    expect(decided(rules("Deputy Foreign Minister Halvard Lunde met Mr. Ivo Brandt."))).toEqual([
      "Halvard Lunde/person/person.titled",
      "Ivo Brandt/person/person.titled",
    ]);
    expect(decided(rules("Halvard Lunde arrived on Monday."))).toEqual(["Halvard Lunde/person/person.name-shape"]);
    expect(decided(rules("A spokesman for the Refugee Council Enver Solomon said the camp was full."))).toEqual([
      "Refugee Council/organization/org.head-before-person",
      "Enver Solomon/person/person.after-org-name",
    ]);
    const kenyan = rules("Kenyan Amara Odhiambo won the race.");
    expect(decided(kenyan)).toEqual(["Amara Odhiambo/person/person.after-gazetteer-phrase"]);
    expect(kenyan.references).toMatchObject([{ text: "Kenyan", entity: "country:KE", via: "demonym" }]);
  });

  it("keeps the title's complement out of the name ('Minister of Education X')", () => {
    const x = rules("Minister of Education Ilse Brandt opened the school.");
    expect(names(x, "person")).toEqual(["Ilse Brandt"]);
    expect(entity(x, "person:ilse-brandt")?.roles).toEqual(["minister"]);
  });
});
