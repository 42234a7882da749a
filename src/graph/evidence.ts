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
    // The sentence that attributes the quote, which may come before it ("…," she said. "…").
    const at = quote.attribution ?? quote.cueSpan;
    const sentence = (at ? sentenceAt(doc, at.start) : undefined) ?? doc.sentences[quote.sentence];
    if (sentence) evidence.context = clip(sentence.text, limit * 2);
  }
  return evidence;
}

/** The sentence holding a character offset: sentences are in text order, so a binary search. */
function sentenceAt(doc: DocExtraction, offset: number): DocExtraction["sentences"][number] | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = doc.sentences[mid]!;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return sentence;
  }
  return undefined;
}
