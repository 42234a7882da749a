import { extname } from "node:path";

export type Format = "text" | "jsonl" | "json" | "html";

const BY_EXTENSION: Record<string, Format> = {
  ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".json": "json",
  ".html": "html", ".htm": "html", ".xhtml": "html",
};

/** The format a file name promises, or null when it is not an article file. */
export function formatOf(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * The format of content with no telling name (stdin, a file without a known extension),
 * from its first non-blank byte: `{` JSON Lines, `[` a JSON array, markup HTML, else text.
 * `null` while `head` holds only whitespace: more bytes are needed.
 */
export function sniffFormat(head: Uint8Array, atEnd: boolean): Format | null {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (i >= head.length) return atEnd ? "text" : null;
  const c = head[i];
  if (c === 0x7b) return "jsonl";
  if (c === 0x5b) return "json";
  if (c === 0x3c) {
    const next = head[i + 1];
    // "<!doctype", "<?xml", "<html", "<p": a letter, "!" or "?" after "<".
    if (next === undefined || next === 0x21 || next === 0x3f || (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) return "html";
  }
  return "text";
}
