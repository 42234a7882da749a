import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

describe("coref/capitals: a capital is its state only when it acts", () => {
  it("reads a capital as its state when it speaks, owns or sends, and as a place otherwise", () => {
    const acting = run("Ottawa said it would respond within days.");
    expect(acting.mentions).toMatchObject([{ text: "Ottawa", entityType: "country", entity: "country:CA", rule: "coref.capital-acts" }]);
    const place = run("She flew to Ottawa on Monday. Ottawa is cold in winter, and flights from Ottawa were cancelled.");
    expect(place.mentions).toEqual([]);
    const signal = run("There were signs from Ottawa that talks could resume, and warnings by Ottawa's allies.");
    expect(signal.mentions.map((m) => m.entity)).toEqual(["country:CA", "country:CA"]);
  });
});
