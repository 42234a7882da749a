import { describe, expect, it } from "vitest";
import type { DocExtraction } from "../../src/extract/types.js";
import { explainEntities, remapExtraction, resolve } from "../../src/resolve/index.js";
import { makeDoc } from "./make-doc.js";

// The case list of the corpus-resolution issue, each pinned on invented names.

async function resolved(docs: DocExtraction[], options = {}) {
  const resolution = await resolve(docs, options);
  const of = (key: string) => resolution.entities.find((e) => e.members.includes(key));
  return { resolution, of, keys: () => resolution.entities.map((e) => e.key) };
}

const rulesOf = (entity: { decisions: Array<{ rule: string }> } | undefined) => entity?.decisions.map((d) => d.rule) ?? [];

describe("resolve: one node per actor", () => {
  it("reads titles, party descriptors and middle initials as the same person, but not a Jr.", async () => {
    const { of, keys } = await resolved([
      makeDoc("a", null, ["[Dorian Vale|person:dorian-vale] spoke."]),
      makeDoc("b", null, ["[Republican Dorian Vale|person:republican-dorian-vale] spoke."]),
      makeDoc("c", null, ["[Dorian Q. Vale|person:dorian-q-vale] spoke."]),
      makeDoc("d", null, ["[Sen. Dorian Quincy Vale|person:sen-dorian-quincy-vale] spoke."]),
      makeDoc("e", null, ["[Dorian Vale Jr.|person:dorian-vale-jr] spoke."]),
    ]);
    const vale = of("person:dorian-vale")!;
    expect(vale.members).toEqual(["person:dorian-q-vale", "person:dorian-vale", "person:republican-dorian-vale", "person:sen-dorian-quincy-vale"]);
    expect(vale).toMatchObject({ key: "person:dorian-vale", documents: 4, label: "Dorian Vale" });
    expect(rulesOf(vale)).toEqual(expect.arrayContaining(["name-form", "middle-name"]));
    expect(keys()).toContain("person:dorian-vale-jr");
  });

  it("reads every abbreviated title the extractor knows as a title, not as a given name", async () => {
    const { of } = await resolved([
      makeDoc("a", null, ["[Marlow Tesk|person:marlow-tesk] spoke."]),
      makeDoc("b", null, ["[Det. Marlow Tesk|person:det-marlow-tesk] spoke."]),
      makeDoc("c", null, ["[Hon. Marlow Tesk|person:hon-marlow-tesk] spoke."]),
    ]);
    expect(of("person:marlow-tesk")!.members).toEqual(["person:det-marlow-tesk", "person:hon-marlow-tesk", "person:marlow-tesk"]);
  });

  it("keeps a shorter name apart when it fits two people who are not one another", async () => {
    const { of } = await resolved([
      makeDoc("a", null, ["[Amos T. Farrow|person:amos-t-farrow] and [Amos R. Farrow|person:amos-r-farrow] met."]),
      makeDoc("b", null, ["[Amos Farrow|person:amos-farrow] spoke."]),
    ]);
    expect(of("person:amos-farrow")!.members).toEqual(["person:amos-farrow"]);
    expect(of("person:amos-t-farrow")!.members).toEqual(["person:amos-t-farrow"]);
    expect(rulesOf(of("person:amos-farrow"))).toContain("name-ambiguous");
  });

  it("reads corporate suffixes, 'The', a possessive and hyphens as one company, and its initials", async () => {
    const { of, resolution } = await resolved([
      makeDoc("a", null, ["[Quillon-Marsh|organization:quillon-marsh] grew."]),
      makeDoc("b", null, ["[Quillon-Marsh Co.|organization:quillon-marsh-co] grew."]),
      makeDoc("c", null, ["[Quillon-Marsh Company|organization:quillon-marsh-company] grew."]),
      makeDoc("d", null, ["[The Quillon Marsh Corp.|organization:the-quillon-marsh-corp] grew."]),
      makeDoc("e", null, ["[Q-M|organization:q-m] grew, said [QM|organization:qm] of [Quillon-Marsh|organization:quillon-marsh]."]),
      makeDoc("f", null, ["[Quillon-Marsh Inc.’s|organization:quillon-marsh-incs] shares fell."]),
    ]);
    const company = of("organization:quillon-marsh")!;
    expect(company.members).toHaveLength(7);
    expect(company).toMatchObject({ documents: 6, label: "Quillon-Marsh" });
    expect(rulesOf(company)).toEqual(expect.arrayContaining(["name-form", "acronym-initials"]));
    expect(resolution.entities).toHaveLength(1);
  });

  it("does not join initials to the one name they spell unless some article names both", async () => {
    const { of } = await resolved([
      makeDoc("a", null, ["[Orla Sand University|organization:orla-sand-university] opened."]),
      makeDoc("b", null, ["[OSU|organization:osu] won."]),
    ]);
    expect(of("organization:osu")!.members).toEqual(["organization:osu"]);
  });

  it("attaches a surname-only article to the one person of that surname", async () => {
    const { of, resolution } = await resolved([
      makeDoc("a", null, ["[Marisol Quent|person:marisol-quent] arrived."]),
      makeDoc("b", null, ["[Quent|person:quent] said so, and [Quent|person:quent] left."]),
    ]);
    expect(of("person:quent")).toMatchObject({ key: "person:marisol-quent", documents: 2, namedMentions: 3 });
    expect(resolution.remap("person:quent")).toBe("person:marisol-quent");
    expect(rulesOf(of("person:quent"))).toContain("surname-unique");
  });

  it("types an actor by the majority of its mentions, whichever article came first", async () => {
    const docs = [
      makeDoc("a", null, ["[Brantwell Dynamics|person:brantwell-dynamics] hired."]),
      makeDoc("b", null, ["[Brantwell Dynamics|organization:brantwell-dynamics] hired."]),
      makeDoc("c", null, ["[Brantwell Dynamics|organization:brantwell-dynamics] fired."]),
    ];
    const forward = await resolved(docs);
    const backward = await resolved([...docs].reverse());
    for (const { resolution } of [forward, backward]) {
      expect(resolution.entities.map((e) => [e.key, e.entityType, e.documents])).toEqual([
        ["organization:brantwell-dynamics", "organization", 3],
      ]);
      expect(resolution.remap("person:brantwell-dynamics")).toBe("organization:brantwell-dynamics");
    }
    expect(rulesOf(forward.of("person:brantwell-dynamics"))).toContain("type-vote");
  });

  it("retypes the key when most articles disagree with the one that named it most", async () => {
    const { resolution } = await resolved([
      makeDoc("a", null, ["[Orrin Vasko|organization:orrin-vasko] and [Orrin Vasko|organization:orrin-vasko] again."]),
      makeDoc("b", null, ["[Orrin Vasko|person:orrin-vasko] spoke."]),
      makeDoc("c", null, ["[Orrin Vasko|person:orrin-vasko] spoke."]),
      makeDoc("d", null, ["[Orrin Vasko|person:orrin-vasko] spoke."]),
    ]);
    expect(resolution.entities.map((e) => [e.key, e.entityType])).toEqual([["person:orrin-vasko", "person"]]);
    expect(resolution.remap("organization:orrin-vasko")).toBe("person:orrin-vasko");
  });

  it("joins an acronym an article defines in brackets, even when other names share its initials", async () => {
    const { of, resolution } = await resolved([
      makeDoc("a", null, ["[Tessaly Micro Works|organization:tessaly-micro-works] ([TMW|organization:tmw]) grew."]),
      makeDoc("b", null, ["[TMW|organization:tmw] said [Tarn Metal Workers|organization:tarn-metal-workers] struck."]),
    ]);
    expect(of("organization:tmw")!.members).toEqual(["organization:tessaly-micro-works", "organization:tmw"]);
    expect(rulesOf(of("organization:tmw"))).toContain("acronym-defined");
    expect(resolution.remap("organization:tarn-metal-workers")).toBe("organization:tarn-metal-workers");
  });

  it("keeps apart an acronym that several organizations spell and no article defines", async () => {
    const { of } = await resolved([
      makeDoc("a", null, ["[Tessaly Micro Works|organization:tessaly-micro-works] and [Tarn Metal Workers|organization:tarn-metal-workers]."]),
      makeDoc("b", null, ["[TMW|organization:tmw] said."]),
    ]);
    expect(of("organization:tmw")!.members).toEqual(["organization:tmw"]);
    expect(rulesOf(of("organization:tmw"))).toContain("acronym-ambiguous");
  });

  it("gives a surname shared by two people, per article, to the one the article names, or to no one", async () => {
    const docs = [
      makeDoc("a", null, ["[Hollis Brandt|person:hollis-brandt] spoke."]),
      makeDoc("b", null, ["[Ottilie Brandt|person:ottilie-brandt] spoke."]),
      // The extractor left the surname apart in its own article, which names Ottilie.
      makeDoc("c", null, ["[Ottilie Brandt|person:ottilie-brandt] met [Brandt|person:brandt]."]),
      makeDoc("d", null, ["[Brandt|person:brandt] said."]),
      makeDoc("e", null, ["[Hollis Brandt|person:hollis-brandt], [Ottilie Brandt|person:ottilie-brandt] and [Brandt|person:brandt]."]),
    ];
    const { resolution, of } = await resolved(docs);
    expect(resolution.remap("person:brandt", "c")).toBe("person:ottilie-brandt");
    expect(resolution.remap("person:brandt", "d")).toBe("person:brandt");
    expect(resolution.remap("person:brandt", "e")).toBe("person:brandt");
    expect(of("person:hollis-brandt")!.documents).toBe(2);
    expect(of("person:ottilie-brandt")!.documents).toBe(3);
    const apart = resolution.entities.find((e) => e.key === "person:brandt")!;
    expect(apart).toMatchObject({ documents: 2, namedMentions: 2 });
    expect(rulesOf(apart)).toEqual(expect.arrayContaining(["surname-ambiguous", "surname-both-named"]));
    // What the article's extraction record says: the final node of every mention.
    expect(remapExtraction(docs[2]!, resolution.remap).mentions.map((m) => m.entity)).toEqual([
      "person:ottilie-brandt",
      "person:ottilie-brandt",
    ]);
  });

  it("gives an undecided surname to the person with nearly all its mentions, and can be told not to", async () => {
    const docs = [
      ...Array.from({ length: 9 }, (_, i) => makeDoc(`h${i}`, null, ["[Hollis Brandt|person:hollis-brandt] spoke."])),
      makeDoc("o", null, ["[Ottilie Brandt|person:ottilie-brandt] spoke."]),
      makeDoc("d", null, ["[Brandt|person:brandt] said."]),
    ];
    const dominant = await resolved(docs);
    expect(dominant.resolution.remap("person:brandt", "d")).toBe("person:hollis-brandt");
    expect(rulesOf(dominant.of("person:hollis-brandt"))).toContain("surname-dominant");
    const strict = await resolved(docs, { dominantShare: 1.01 });
    expect(strict.resolution.remap("person:brandt", "d")).toBe("person:brandt");
  });

  it("joins a headline read as a name to the person it starts with", async () => {
    const { of } = await resolved([
      ...Array.from({ length: 5 }, (_, i) => makeDoc(`n${i}`, null, ["[Nadia Kurtz|person:nadia-kurtz] spoke."])),
      makeDoc("h", null, ["[Nadia Kurtz Wins Harbor Vote|person:nadia-kurtz-wins-harbor-vote] at last."]),
      makeDoc("m", null, ["[Nadia Kurtz Mendel|person:nadia-kurtz-mendel] too."]),
      makeDoc("p", null, ["[Voters Praise Nadia Kurtz Plan|person:voters-praise-nadia-kurtz-plan] today."]),
    ]);
    expect(of("person:nadia-kurtz-wins-harbor-vote")!.key).toBe("person:nadia-kurtz");
    expect(of("person:voters-praise-nadia-kurtz-plan")!.key).toBe("person:nadia-kurtz");
    expect(of("person:nadia-kurtz-mendel")!.key).toBe("person:nadia-kurtz-mendel");
  });

  it("does not list another person's full name among a node's aliases", async () => {
    // The extractor's slip: the headline and the rival it names share one key in their article.
    const fragment = makeDoc("h", null, [
      "[Nadia Kurtz Beats Omar Lind|person:nadia-kurtz-beats-omar-lind] and [Omar Lind|person:nadia-kurtz-beats-omar-lind] conceded.",
    ]);
    const { of } = await resolved([
      ...Array.from({ length: 5 }, (_, i) => makeDoc(`n${i}`, null, ["[Nadia Kurtz|person:nadia-kurtz] spoke."])),
      makeDoc("o", null, ["[Omar Lind|person:omar-lind] spoke."]),
      fragment,
    ]);
    expect(of("person:nadia-kurtz")!.aliases).toEqual(["Nadia Kurtz", "Nadia Kurtz Beats Omar Lind"]);
    expect(of("person:omar-lind")!.aliases).toEqual(["Omar Lind"]);
  });

  it("explains a node: its aliases, and each decision with its rule and example articles", async () => {
    const { resolution } = await resolved([
      makeDoc("art-1", null, ["[Marisol Quent|person:marisol-quent] arrived."]),
      makeDoc("art-2", null, ["[Marisol J. Quent|person:marisol-j-quent] left."]),
      makeDoc("art-3", null, ["[Quent|person:quent] said so."]),
    ]);
    const text = explainEntities(resolution.entities, "quent");
    expect(text).toContain('person:marisol-quent  "Marisol Quent"');
    expect(text).toContain("aliases: Marisol J. Quent | Marisol Quent | Quent");
    expect(text).toMatch(
      /merged \[middle-name\] (person:marisol-j-quent → person:marisol-quent \(1 article; e\.g\. art-2\)|person:marisol-quent → person:marisol-j-quent \(1 article; e\.g\. art-1\))/,
    );
    expect(text).toMatch(/merged \[surname-unique\] person:quent \(1 article; e\.g\. art-3\)/);
    expect(explainEntities(resolution.entities, "Nobody Here")).toMatch(/no entity is named "Nobody Here"/);
  });
});
