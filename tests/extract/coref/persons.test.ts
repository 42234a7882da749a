import { describe, expect, it } from "vitest";
import { entity, run } from "../helpers.js";

describe("coref/persons: a partial name joins the full name the article gives", () => {
  it("resolves a surname and a title with surname to the full name introduced earlier", () => {
    const x = run("Finance Minister Ingrid Solberg arrived on Monday. Solberg said the deal was close. Minister Solberg left early.");
    const people = x.mentions.filter((m) => m.entityType === "person");
    expect(people.map((m) => m.text)).toEqual(["Ingrid Solberg", "Solberg", "Solberg"]);
    expect(new Set(people.map((m) => m.entity))).toEqual(new Set(["person:ingrid-solberg"]));
    expect(entity(x, "person:ingrid-solberg")).toMatchObject({ label: "Ingrid Solberg", aliases: ["Ingrid Solberg", "Solberg"] });
  });

  it("gives a shared surname to the person the article names in full most often", () => {
    const x = run(
      "Student Karim Haddad built the device. Karim Haddad showed it to teachers. His cousin Leila Haddad said she was proud. Haddad now plans a second one.",
    );
    const last = x.mentions.filter((m) => m.text === "Haddad").pop()!;
    expect(last.entity).toBe("person:karim-haddad");
  });

  it("reads an ordinary word as a surname when the article names that person in full", () => {
    const x = run("Nina Rivers opened the session. Rivers said the vote would wait. The rivers were high.");
    expect(x.mentions.map((m) => `${m.text}=${m.entity}`)).toEqual(["Nina Rivers=person:nina-rivers", "Rivers=person:nina-rivers"]);
  });

  it("prefers the article's person to compromise's company of the same name", () => {
    const x = run("Emmanuel Dupont spoke first. Dupont said the plant would stay open.", { finders: "rules" });
    expect(new Set(x.mentions.map((m) => m.entity))).toEqual(new Set(["person:emmanuel-dupont"]));
  });
});
