import { describe, expect, it } from "vitest";
import { decided, names, run } from "../helpers.js";

const MATCH = "The striker scored a penalty past the goalkeeper after the referee consulted video.";

describe("sports: in a sports report a country stands for its team", () => {
  it("reads country names as national teams in a sports report, except as places", () => {
    const x = run(
      "Peru beat Chile 2 – 1. The striker scored the first goal, and a penalty decided it after the referee consulted video. The match was played in Bolivia.",
    );
    expect(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.text)).toEqual(["Peru", "Chile"]);
    expect(names(x, "country")).toEqual(["Bolivia"]);
  });

  it("keeps country names as countries when sports words are only figures of speech", () => {
    const x = run("Peru and Chile set climate goals. Human rights defenders said the penalty for missing the goal was a match for past failures.");
    expect(names(x, "country")).toEqual(["Peru", "Chile"]);
  });

  it("keys a team by its country, a home nation and a people after 'the' too", () => {
    const x = run(`England beat Wales, and the Belgians drew. ${MATCH}`, { finders: "rules" });
    expect(decided(x)).toEqual([
      "England/organization/coref.sports-team",
      "Wales/organization/coref.sports-team",
      "Belgians/organization/coref.sports-team",
    ]);
    expect(x.mentions.map((m) => m.entity)).toEqual([
      "organization:england-national-team",
      "organization:wales-national-team",
      "organization:belgium-national-team",
    ]);
  });

  it("leaves countries as countries with sportsTeams off, or with fewer sports words than sportsCues", () => {
    const text = `Peru beat Chile. ${MATCH}`;
    expect(names(run(text, { sportsTeams: false }), "country")).toEqual(["Peru", "Chile"]);
    expect(names(run(text, { sportsCues: 10 }), "country")).toEqual(["Peru", "Chile"]);
    expect(names(run(text), "organization")).toEqual(["Peru", "Chile"]);
  });
});
