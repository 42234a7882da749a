/**
 * The tagger's training data: annotated articles (GUM JSON Lines or token-per-line NER files)
 * turned into perceptron examples, with the rules' votes computed exactly as extract() does.
 */
import { readFileSync } from "node:fs";
import { DEFAULTS } from "../../../src/extract/defaults.js";
import { ruleEvidence } from "../../../src/extract/mentions/evidence.js";
import { featureRows, sentenceRanges } from "../../../src/extract/mentions/features.js";
import { LABELS, type Example, type Label } from "../../../src/extract/mentions/perceptron.js";
import { tokenize } from "../../../src/extract/tokens.js";
import { readConll, type ConllType, type TaggedDoc } from "../../eval/conll.js";

const GUM_TYPES: Record<string, ConllType | undefined> = { PERSON: "PER", ORG: "ORG", COUNTRY: "LOC", PLACE: "LOC" };

/** GUM articles (`{id, text, entities:[{start,end,type}]}` a line) with their classes mapped to PER / ORG / LOC. */
export function readGum(file: string): TaggedDoc[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((line, i) => {
    const raw = JSON.parse(line) as { id?: string; text: string; entities: { start: number; end: number; type: string }[] };
    const entities = raw.entities.flatMap((e) => (GUM_TYPES[e.type] ? [{ start: e.start, end: e.end, type: GUM_TYPES[e.type]! }] : []));
    return { id: raw.id ?? `${file}:${i + 1}`, text: raw.text, entities };
  });
}

export function readTraining(file: string): TaggedDoc[] {
  return file.endsWith(".jsonl") ? readGum(file) : readConll(file);
}

/** One example per sentence: each token takes the tag of the gold name its first character falls in. */
export function examplesOf(doc: TaggedDoc, bits: number): Example[] {
  const { tokens } = tokenize(doc.text);
  const evidence = ruleEvidence(tokens, DEFAULTS);
  const rows = featureRows(tokens, evidence.votes, evidence.cases, bits);
  const gold = new Uint8Array(tokens.length);
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  let e = 0;
  let lastEntity = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (e < entities.length && entities[e]!.end <= t.start) e++;
    const g = entities[e];
    if (!g || t.start < g.start) continue;
    const label: Label = `${lastEntity === e && k > 0 && gold[k - 1] !== 0 ? "I" : "B"}-${g.type}`;
    gold[k] = LABELS.indexOf(label);
    lastEntity = e;
  }
  return sentenceRanges(tokens).map(([first, last]) => {
    const g = gold.slice(first, last + 1);
    // A sentence cut inside a name: its first token opens the name.
    if (g[0]! > 0 && LABELS[g[0]!]!.startsWith("I-")) g[0] = LABELS.indexOf(`B-${LABELS[g[0]!]!.slice(2)}` as Label);
    return { rows: rows.slice(first, last + 1), gold: g };
  });
}
