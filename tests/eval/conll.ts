/**
 * Token-per-line NER files (`token TAB BIO-tag`, blank line between sentences; PER / ORG / LOC)
 * turned into articles with character offsets: tokens joined with ordinary English spacing,
 * a few sentences to a pseudo-article, each sentence on its own line.
 */
import { readFileSync } from "node:fs";
import { COUNTRIES, normName } from "../../src/extract/gazetteer/countries.js";
import type { GoldType } from "./types.js";

export type ConllType = "PER" | "ORG" | "LOC";

export interface TaggedDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: ConllType }[];
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”’»]|'s|'re|'ve|'d|'ll|'m|n't|’s)$/i;
const NO_SPACE_AFTER = /^[([{“‘«$#@]$/;

/** Read one file; `perDoc` sentences make one article (the rules read some facts article-wide). */
export function readConll(file: string, perDoc = 20): TaggedDoc[] {
  const sentences: [string, string][][] = [[]];
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "") {
      if (sentences[sentences.length - 1]!.length > 0) sentences.push([]);
      return;
    }
    const [word, tag] = line.split("\t");
    if (!tag || !/^(?:O|[BI]-(?:PER|ORG|LOC))$/.test(tag)) throw new Error(`newsgraph/eval: ${file}:${i + 1}: expected "token<TAB>O|B-X|I-X" (X one of PER, ORG, LOC)`);
    if (!word?.trim()) return; // an empty token (tweets) adds nothing
    sentences[sentences.length - 1]!.push([word, tag]);
  });
  if (sentences[sentences.length - 1]!.length === 0) sentences.pop();
  const docs: TaggedDoc[] = [];
  for (let d = 0; d * perDoc < sentences.length; d++) {
    let text = "";
    const entities: TaggedDoc["entities"] = [];
    for (const sentence of sentences.slice(d * perDoc, (d + 1) * perDoc)) {
      if (text) text += "\n";
      let open: { start: number; end: number; type: ConllType } | null = null;
      let glue = true;
      let quoteOpen = false;
      for (const [word, tag] of sentence) {
        const straightQuote = word === '"';
        const noSpace = glue || NO_SPACE_BEFORE.test(word) || (straightQuote && quoteOpen);
        if (!noSpace) text += " ";
        const start = text.length;
        text += word;
        glue = NO_SPACE_AFTER.test(word) || (straightQuote && !quoteOpen);
        if (straightQuote) quoteOpen = !quoteOpen;
        if (tag === "O" || tag.startsWith("B-")) {
          if (open) entities.push(open);
          open = null;
        }
        if (tag.startsWith("B-")) open = { start, end: text.length, type: tag.slice(2) as ConllType };
        else if (tag.startsWith("I-") && open) open.end = text.length;
        else if (tag.startsWith("I-")) open = { start, end: text.length, type: tag.slice(2) as ConllType };
      }
      if (open) entities.push(open);
    }
    docs.push({ id: `${file.replace(/^.*\//, "")}#${d + 1}`, text, entities: entities.map((e) => withoutArticle(text, e)) });
  }
  return docs;
}

/** The gold gives names without a leading "the" ("the United Nations" → "United Nations"). */
function withoutArticle(text: string, e: TaggedDoc["entities"][number]): TaggedDoc["entities"][number] {
  const m = /^the\s+/i.exec(text.slice(e.start, e.end));
  return m && e.end - e.start > m[0].length ? { ...e, start: e.start + m[0].length } : e;
}

/**
 * The evaluation's classes for a tagged name: PER → PERSON; a LOC (or an ORG standing for a
 * government) that names a country, or an ORG that names a capital, → COUNTRY; other LOC → PLACE.
 */
export function goldType(text: string, type: ConllType): GoldType {
  if (type === "PER") return "PERSON";
  const norm = normName(text.replace(/['’]s$/, ""));
  if (COUNTRIES.names.has(norm)) return "COUNTRY";
  if (type === "ORG") return COUNTRIES.capitals.has(norm) ? "COUNTRY" : "ORG";
  return "PLACE";
}

/** A tagged file in the shape `loadGold` parses (`{id, title, text, entities}` per article). */
export function conllAsGold(file: string): unknown[] {
  return readConll(file).map((d) => ({
    id: d.id,
    title: "",
    text: d.text,
    entities: d.entities.map((e) => ({ ...e, type: goldType(d.text.slice(e.start, e.end), e.type), text: d.text.slice(e.start, e.end) })),
  }));
}
