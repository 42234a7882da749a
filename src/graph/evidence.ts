import type { DocExtraction, Quote } from "../extract/types.js";
import type { Evidence } from "./types.js";

/** Whitespace collapsed, and cut to `limit` characters with an ellipsis. */
export function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * One piece of evidence with where it was read (outlet, URL) so a reader can go to the
 * article. A quotation also carries the sentence that attributes it and the cue, so the
 * attribution can be checked, not just the quoted words.
 */
export function evidenceOf(doc: DocExtraction, text: string, limit: number, quote: Quote | null = null): Evidence {
  const evidence: Evidence = { article: doc.id, title: doc.title, date: doc.date, text: clip(text, limit), url: doc.url, source: doc.source };
  if (quote) {
    evidence.cue = quote.cue;
    const sentence = doc.sentences[quote.sentence]?.text;
    if (sentence) evidence.context = clip(sentence, limit * 2);
  }
  return evidence;
}
