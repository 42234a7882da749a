import { describe, expect, it } from "vitest";
import type { DocExtraction, Quote } from "../../src/extract/types.js";
import { evidenceOf } from "../../src/graph/evidence.js";

const text = 'Mara Lind spoke after the vote. "We lost," she said. "We will be back."';
const sentences = [
  { start: 0, end: 31, text: "Mara Lind spoke after the vote." },
  { start: 32, end: 52, text: '"We lost," she said.' },
  { start: 53, end: 71, text: '"We will be back."' },
];
const doc = { id: "a", title: "T", date: null, url: null, source: null, sentences } as unknown as DocExtraction;

function quote(start: number, end: number, sentence: number, attribution: { start: number; end: number } | null): Quote {
  return {
    start, end, text: text.slice(start, end), speaker: "person:mara-lind", cue: "said", about: [], reportedBy: null, sentence,
    kind: "quote", segments: [{ start, end }], speakerText: "she", speakerRule: "quote-name-verb",
    cueSpan: attribution && { start: attribution.end - 4, end: attribution.end }, content: null, attribution,
  };
}

describe("quotation evidence", () => {
  it("shows the sentence that attributes a quote, also when the attribution comes before it", () => {
    const interrupted = quote(32, 71, 1, { start: 43, end: 51 });
    expect(evidenceOf(doc, interrupted.text, 300, interrupted).context).toBe('"We lost," she said.');
    const later = quote(53, 71, 2, { start: 43, end: 51 });
    expect(evidenceOf(doc, later.text, 300, later)).toMatchObject({ cue: "said", context: '"We lost," she said.' });
  });

  it("falls back to the quote's own sentence when nothing attributes it", () => {
    const lone = quote(53, 71, 2, null);
    expect(evidenceOf(doc, lone.text, 300, lone).context).toBe('"We will be back."');
  });
});
