import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { weightsHash } from "../../src/extract/mentions/weights-codec.js";
import { TRAINING_FILES, trainFiles } from "../extract/tools/train.js";

const provenance = JSON.parse(readFileSync(fileURLToPath(new URL("../../src/extract/mentions/weights.provenance.json", import.meta.url)), "utf8")) as {
  weightsSha256: string;
  options: { epochs: number; bits: number; seed: number };
};

// The tagger's features include the rules' own votes, so a rule change silently leaves the shipped
// weights trained on features the extractor no longer computes. Retraining here catches that drift:
// after such a change, `npm run train` and the figures in the README are due.
describe("the shipped tagger weights", () => {
  it("are what `npm run train` makes from the current code and data", () => {
    expect(weightsHash(trainFiles(TRAINING_FILES, provenance.options, true))).toBe(provenance.weightsSha256);
  }, 600_000);
});
