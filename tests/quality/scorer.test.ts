import { describe, expect, it } from "vitest";
import { baselinePredict, isCountryName } from "../eval/baseline.js";
import { assignIdentities, parseGoldDoc } from "../eval/gold.js";
import { matchSpans, scoreMentions, scoreQuotes, scoreResolution } from "../eval/score.js";
import type { GraphView, SeedGold } from "../eval/seed.js";
import { checkSeed, viewFromGraphJson } from "../eval/seed.js";
import type { GoldDoc, GoldMention, PredMention, Prediction } from "../eval/types.js";

// Tiny hand-made gold/prediction pairs: each figure below can be counted by hand.
const TEXT = "Jane Doe met Acme Corp in Paris. Doe said France and Acme agreed.";
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length };
};
const gold = (s: string, type: GoldMention["type"], identity: string, from = 0): GoldMention => ({
  ...at(s, from),
  type,
  text: s,
  identity,
});
const pred = (s: string, type: PredMention["type"], key: string, from = 0): PredMention => ({ ...at(s, from), type, text: s, key });

const DOC: GoldDoc = {
  id: "d",
  title: "",
  text: TEXT,
  mentions: [
    gold("Jane Doe", "PERSON", "jane"),
    gold("Acme Corp", "ORG", "acme"),
    gold("Paris", "PLACE", "paris"),
    gold("Doe", "PERSON", "jane", 20),
    gold("France", "COUNTRY", "fr"),
    gold("Acme", "ORG", "acme", 40),
  ],
  quotes: [],
};
const only = (mentions: PredMention[], quotes: Prediction["quotes"] = []): Prediction[] => [{ id: "d", mentions, quotes }];

describe("matchSpans", () => {
  it("pairs each gold span with at most one prediction", () => {
    const g = [
      { start: 0, end: 4 },
      { start: 5, end: 8 },
    ];
    expect(matchSpans(g, [{ start: 0, end: 8 }], "overlap")).toHaveLength(1);
    expect(matchSpans(g, [{ start: 0, end: 8 }], "exact")).toHaveLength(0);
    expect(matchSpans(g, [{ start: 5, end: 8 }, { start: 0, end: 4 }], "exact")).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("prefers the larger overlap", () => {
    const g = [{ start: 0, end: 10 }];
    expect(matchSpans(g, [{ start: 8, end: 12 }, { start: 1, end: 9 }], "overlap")).toEqual([[0, 1]]);
  });
});

describe("scoreMentions", () => {
  it("counts exact and overlapping spans per type", () => {
    const s = scoreMentions(
      [DOC],
      only([pred("Jane", "PERSON", "p:jane"), pred("Doe", "PERSON", "p:doe", 20), pred("Acme Corp", "ORG", "o:acme")]),
    );
    expect(s.PERSON.exact).toMatchObject({ tp: 1, gold: 2, predicted: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s.PERSON.overlap).toMatchObject({ tp: 2, f1: 1 });
    expect(s.ORG.exact).toMatchObject({ tp: 1, gold: 2, predicted: 1, precision: 1, recall: 0.5 });
    expect(s.ORG.exact.f1).toBeCloseTo(2 / 3);
    expect(s.COUNTRY.exact).toMatchObject({ tp: 0, gold: 1, predicted: 0, f1: 0 });
    expect(s.PERSON.falsePositives.map((e) => [e.text, e.near])).toEqual([["Jane", "Jane Doe"]]);
    expect(s.PERSON.falseNegatives[0]!.context).toContain("[Jane Doe]");
  });

  it("scores a right span with the wrong type as an error of both types", () => {
    const s = scoreMentions([DOC], only([pred("Acme", "PERSON", "p:acme", 40)]));
    expect(s.PERSON.exact).toMatchObject({ tp: 0, predicted: 1 });
    expect(s.ORG.exact).toMatchObject({ tp: 0, gold: 2 });
  });

  it("never credits a country on a place that is not one", () => {
    const s = scoreMentions([DOC], only([pred("Paris", "COUNTRY", "c:fr"), pred("France", "COUNTRY", "c:fr")]));
    expect(s.COUNTRY.exact).toMatchObject({ tp: 1, predicted: 2, precision: 0.5, recall: 1 });
  });

  it("refuses predictions for another set of articles", () => {
    expect(() => scoreMentions([DOC], [{ id: "other", mentions: [], quotes: [] }])).toThrow(/newsgraph\/eval/);
  });
});

describe("scoreResolution", () => {
  it("counts extra keys of one identity as splits", () => {
    const r = scoreResolution(
      [DOC],
      only([pred("Jane Doe", "PERSON", "p:jane-doe"), pred("Doe", "PERSON", "p:doe", 20), pred("Acme", "ORG", "o:acme", 40)]),
    );
    expect(r).toMatchObject({ splits: 1, merges: 0, perArticle: 1, byArticle: { d: { splits: 1, merges: 0 } } });
    expect(r.details).toEqual([{ doc: "d", kind: "split", what: "jane", into: ["p:doe", "p:jane-doe"] }]);
  });

  it("counts extra identities under one key as merges", () => {
    const r = scoreResolution([DOC], only([pred("Jane Doe", "PERSON", "x"), pred("Acme Corp", "ORG", "x"), pred("France", "COUNTRY", "x")]));
    expect(r).toMatchObject({ splits: 0, merges: 2 });
  });

  it("does not count a missed mention as a resolution error", () => {
    expect(scoreResolution([DOC], only([pred("Doe", "PERSON", "p:doe", 20)]))).toMatchObject({ splits: 0, merges: 0 });
  });
});

describe("gold identities", () => {
  it("gives a surname the identity of the full name, and an appositive chain to its head name", () => {
    const text = "Club chair Ann Lee and Bob Roe met. Lee spoke. Roe left.";
    const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const ids = assignIdentities(
      text,
      [
        { ...span("Club"), type: "PERSON" },
        { ...span("Ann Lee"), type: "PERSON" },
        { ...span("Bob Roe"), type: "PERSON", identity: "Bob_Roe" },
        { ...span("Lee", 20), type: "PERSON" },
        { ...span("Roe", 40), type: "PERSON" },
      ],
      [{ group: 7, etype: "person", mentions: [[0, 18], [36, 39]] }],
    ).map((m) => m.identity);
    expect(ids).toEqual(["name:PERSON:club", "coref:7", "wiki:Bob_Roe", "coref:7", "wiki:Bob_Roe"]);
  });

  it("names the line of a bad gold record", () => {
    expect(() => parseGoldDoc({ text: "abc", entities: [{ start: 1, end: 9, type: "PERSON" }] }, "f.jsonl:3")).toThrow(
      "newsgraph/eval: f.jsonl:3: entity span 1-9 outside the text",
    );
  });
});

describe("scoreQuotes", () => {
  it("matches quotes by overlap", () => {
    const doc = { ...DOC, quotes: [{ start: 0, end: 10, text: "" }] };
    const q = scoreQuotes([doc], only([], [{ start: 2, end: 12, text: "", speaker: null }, { start: 20, end: 25, text: "", speaker: null }]));
    expect(q).toMatchObject({ tp: 1, gold: 1, predicted: 2, precision: 0.5, recall: 1 });
  });
});

describe("baseline", () => {
  it("decides countries from world-countries names, possessive or not", () => {
    expect(isCountryName("Germany's")).toBe(true);
    expect(isCountryName("U.S.")).toBe(true);
    expect(isCountryName("Berlin")).toBe(false);
  });

  it("leaves out the honorifics and possessives compromise tags, as the gold does", () => {
    const text = "President Barack Obama met Mr. Tom Hanks at Google's office.";
    const names = baselinePredict({ id: "b", text }).mentions.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(["Barack Obama", "Tom Hanks"]));
    expect(names.some((n) => /President|Mr\.|'s$/.test(n))).toBe(false);
  });

  it("gives spans that index the text, without compromise's surrounding punctuation", () => {
    const text = 'Officials in "Brazil," said Maria Silva\'s aide, flying to Canada.';
    const p = baselinePredict({ id: "b", text });
    expect(p.mentions.length).toBeGreaterThan(0);
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(p.mentions.filter((m) => m.type === "COUNTRY").map((m) => m.text)).toEqual(["Brazil", "Canada"]);
  });
});

describe("checkSeed", () => {
  const seedGold: SeedGold = {
    entities: [
      { type: "person", names: ["Ann Lee", "Lee"] },
      { type: "country", names: ["France"] },
      { type: "organization", names: ["Daily Wire"] },
    ],
    optional: [{ names: ["Paris"] }],
    quotes: [{ speaker: "Ann Lee", about: ["France"], text: "We are ready" }],
    cites: [{ source: "Daily Wire", speaker: "Ann Lee" }],
  };
  const good: GraphView = {
    nodes: [
      { key: "person:ann-lee", type: "person", names: ["Ann Lee", "Lee"], quotes: 1 },
      { key: "country:FR", type: "country", names: ["France"], quotes: 0 },
      { key: "organization:daily-wire", type: "organization", names: ["Daily Wire"], quotes: 0 },
      { key: "country:paris", type: "country", names: ["Paris"], quotes: 0 },
    ],
    edges: [
      { kind: "quote", source: "person:ann-lee", target: "country:FR" },
      { kind: "cites", source: "organization:daily-wire", target: "person:ann-lee" },
    ],
    quotes: [{ text: "“We are ready, she said", speaker: "person:ann-lee" }],
  };
  const failed = (view: GraphView): string[] => checkSeed(seedGold, view).filter((c) => !c.pass).map((c) => c.name);

  it("passes a graph that has exactly the gold", () => {
    expect(failed(good)).toEqual([]);
  });

  it("fails a split actor, a node outside the gold and a missing edge", () => {
    const bad: GraphView = {
      ...good,
      nodes: [...good.nodes, { key: "person:lee", type: "person", names: ["Lee"], quotes: 0 }, { key: "organization:news-agency", type: "organization", names: ["news agency"], quotes: 0 }],
      edges: good.edges.filter((e) => e.kind !== "cites"),
    };
    expect(failed(bad)).toEqual([
      "person Ann Lee: exactly one node",
      "no node outside the gold and its optional list",
      "cites edge Daily Wire → Ann Lee",
    ]);
  });

  it("fails a wrong speaker and a speaker short of quotes", () => {
    const bad: GraphView = {
      ...good,
      nodes: good.nodes.map((n) => ({ ...n, quotes: 0 })),
      quotes: [{ text: "We are ready", speaker: "country:FR" }],
    };
    expect(failed(bad)).toEqual(["Ann Lee speaks at least 1 quote(s)", 'quote "We are ready" attributed to Ann Lee']);
  });

  it("reads graphology's exported JSON", () => {
    const view = viewFromGraphJson({
      nodes: [{ key: "person:ann-lee", attributes: { label: "Ann Lee", entityType: "person", aliases: ["Lee"], quotes: 2 } }],
      edges: [{ source: "person:ann-lee", target: "country:FR", attributes: { kind: "quote" } }],
    });
    expect(view.nodes[0]).toEqual({ key: "person:ann-lee", type: "person", names: ["Ann Lee", "Lee"], quotes: 2 });
    expect(view.edges[0]!.kind).toBe("quote");
  });
});
