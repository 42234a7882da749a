import { describe, expect, it } from "vitest";
import { decided, names, rules, run } from "../helpers.js";

describe("typing/gazetteer: countries and listed bodies", () => {
  it("splits lists into one mention per name", () => {
    const x = run("Teams from Peru, Chile and Bolivia arrived late.");
    expect(names(x, "country")).toEqual(["Peru", "Chile", "Bolivia"]);
    expect(decided(rules("Teams from Peru, Chile and Bolivia arrived late.")).every((d) => d.endsWith("/gazetteer.country"))).toBe(true);
  });

  it("keeps the possessive out of the span", () => {
    const text = "Norway's government rejected the plan, and Peru’s envoy left.";
    const x = run(text);
    const norway = x.mentions.find((m) => m.entity === "country:NO")!;
    expect(text.slice(norway.start, norway.end)).toBe("Norway");
    expect(x.mentions.find((m) => m.entity === "country:PE")?.text).toBe("Peru");
  });

  it("gives a gazetteer organization one key whichever name is used", () => {
    const x = run("The World Health Organization issued a warning. WHO officials said more data was needed.");
    expect(new Set(x.mentions.map((m) => m.entity))).toEqual(new Set(["organization:world-health-organization"]));
  });

  it("knows a party by its nickname as by its name", () => {
    const x = run("The Republican Party met in Ohio. GOP leaders said the vote would wait.");
    expect(new Set(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.entity))).toEqual(new Set(["organization:republican-party"]));
  });

  it("does not make names of headings, common phrases, demonym phrases or compound adjectives", () => {
    const x = run(
      "Live Coverage: Markets In Focus\n\nThe Chilean capital was calm, the news agency said, citing Peruvian media and Chilean-Peruvian trade talks.",
    );
    expect(x.mentions).toEqual([]);
  });

  it("lists a country inside a body's name as nested, and leaves it out when asked", () => {
    const text = "Researchers at the U.S. Department of Energy agreed.";
    expect(decided(rules(text))).toEqual(["U.S. Department of Energy/organization/org.state-branch", "U.S./country/gazetteer.nested-country"]);
    expect(names(rules(text, { nestedCountries: false }))).toEqual(["U.S. Department of Energy"]);
  });
});
