import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decode, LABELS, train } from "../../src/extract/mentions/perceptron.js";
import { pack, unpack, weightsHash } from "../../src/extract/mentions/weights-codec.js";
import { PACKED } from "../../src/extract/mentions/weights.js";
import { examplesOf } from "./tools/tagger-data.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const provenance = JSON.parse(readFileSync(`${ROOT}src/extract/mentions/weights.provenance.json`, "utf8")) as {
  weightsSha256: string;
  data: { file: string; sha256: string }[];
  options: { seed: number };
};

// Invented training text, enough for the perceptron to learn something in two epochs.
const DOCS = [
  { id: "a", text: "Marta Kowalczyk met officials of Zentrix Holdings in Lima.\nHalvard Lunde joined Brightwater Group in Oslo.", entities: [] as { start: number; end: number; type: "PER" | "ORG" | "LOC" }[] },
  { id: "b", text: "Ilse Brandt said Voltrix Corp would open a plant in Quito.", entities: [] as { start: number; end: number; type: "PER" | "ORG" | "LOC" }[] },
];
for (const doc of DOCS) {
  const mark = (name: string, type: "PER" | "ORG" | "LOC") => {
    const start = doc.text.indexOf(name);
    if (start >= 0) doc.entities.push({ start, end: start + name.length, type });
  };
  ["Marta Kowalczyk", "Halvard Lunde", "Ilse Brandt"].forEach((n) => mark(n, "PER"));
  ["Zentrix Holdings", "Brightwater Group", "Voltrix Corp"].forEach((n) => mark(n, "ORG"));
  ["Lima", "Oslo", "Quito"].forEach((n) => mark(n, "LOC"));
}

describe("the mention tagger's weights", () => {
  it("ship with the hash their provenance file records", () => {
    expect(weightsHash(PACKED)).toBe(provenance.weightsSha256);
  });

  it("were trained on the data files the provenance lists, unchanged since", () => {
    expect(provenance.data.length).toBeGreaterThan(0);
    for (const { file, sha256 } of provenance.data) {
      expect(file).not.toMatch(/pud-news|gum-news-dev/);
      expect(createHash("sha256").update(readFileSync(`${ROOT}${file}`)).digest("hex")).toBe(sha256);
    }
  });

  it("stay compact (a few MB at most)", () => {
    expect(Buffer.from(PACKED.emission, "base64").length).toBeLessThan(4e6);
  });
});

describe("training", () => {
  const examples = DOCS.flatMap((d) => examplesOf(d, 12));

  it("is deterministic: the same data and seed give the same weights", () => {
    const a = weightsHash(pack(train(examples, { bits: 12, epochs: 2, seed: 7 })));
    const b = weightsHash(pack(train(examples, { bits: 12, epochs: 2, seed: 7 })));
    expect(a).toBe(b);
  });

  it("learns its training names back, and decodes only valid BIO sequences", () => {
    const model = unpack(pack(train(examples, { bits: 12, epochs: 4, seed: 7 })));
    let right = 0;
    let total = 0;
    for (const ex of examples) {
      const { tags } = decode(model, ex.rows);
      tags.forEach((t, i) => {
        const label = LABELS[t]!;
        if (label.startsWith("I-")) expect([`B-${label.slice(2)}`, label]).toContain(LABELS[tags[i - 1]!]);
        if (ex.gold[i] !== 0) {
          total++;
          if (t === ex.gold[i]) right++;
        }
      });
    }
    expect(right / total).toBeGreaterThan(0.8);
  });
});
