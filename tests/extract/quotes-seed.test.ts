import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import type { DocEntity } from "../../src/extract/types.js";

/**
 * The gold check for quotations, on extract() alone (no build): every gold quote of the seed
 * article is found with its gold speaker, and the gold cite is its reporter.
 */
const root = new URL("../..", import.meta.url).pathname;
const seedFile = readdirSync(`${root}seeds`).find((f) => f.endsWith(".txt"))!;
const text = readFileSync(`${root}seeds/${seedFile}`, "utf8");
const gold = JSON.parse(readFileSync(`${root}tests/fixtures/seed-gold.json`, "utf8")) as {
  quotes: { speaker: string; text: string }[];
  cites: { source: string; speaker: string }[];
};
const doc = extract({ id: "seed", title: null, date: null, source: null, url: null, text } as never);

const names = (e: DocEntity) => [e.label, ...e.aliases].map((n) => n.toLowerCase());
const keyOf = (name: string) => doc.entities.find((e) => names(e).includes(name.toLowerCase()))?.key;
const quoteOf = (words: string) => doc.quotes.find((q) => q.text.startsWith(words) || words.startsWith(q.text));

describe("quotes on the seed article (gold)", () => {
  it("finds every gold quote with its gold speaker", () => {
    const wrong = gold.quotes.filter((g) => quoteOf(g.text)?.speaker !== keyOf(g.speaker) || !keyOf(g.speaker));
    expect(wrong.map((g) => `${g.speaker}: ${g.text}`)).toEqual([]);
  });

  it("names the gold reporter of each cited speaker's quote", () => {
    for (const c of gold.cites) {
      const quoted = doc.quotes.filter((q) => q.speaker === keyOf(c.speaker)).map((q) => q.reportedBy);
      expect(quoted).toContain(keyOf(c.source));
    }
  });
});
