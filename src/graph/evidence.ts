import type { DocExtraction } from "../extract/types.js";
import type { Evidence } from "./types.js";

/** Whitespace collapsed, and cut to `limit` characters with an ellipsis. */
export function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

export function evidenceOf(doc: DocExtraction, text: string, limit: number): Evidence {
  return { article: doc.id, title: doc.title, date: doc.date, text: clip(text, limit) };
}
