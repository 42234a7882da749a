import type { NewsGraph } from "../graph/types.js";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 cell. Text starting like a formula gets a leading apostrophe so a spreadsheet
 * shows it instead of running it (article text is untrusted); numbers stay numbers.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = Array.isArray(value) ? value.join("|") : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

const NODE_COLUMNS = [
  "label",
  "entityType",
  "aliases",
  "mentions",
  "documents",
  "quotes",
  "firstDate",
  "lastDate",
  "degree",
  "weightedDegree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "color",
] as const;

export function* nodesCsv(graph: NewsGraph): Iterable<string> {
  yield csvRow(["id", ...NODE_COLUMNS]);
  for (const { node, attributes } of graph.nodeEntries()) {
    yield csvRow([node, ...NODE_COLUMNS.map((column) => attributes[column])]);
  }
}

export function* edgesCsv(graph: NewsGraph): Iterable<string> {
  yield csvRow(["id", "source", "target", "kind", "directed", "weight", "documents", "firstDate", "lastDate", "evidence"]);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    yield csvRow([
      edge,
      source,
      target,
      attributes.kind,
      undirected ? "false" : "true",
      attributes.weight,
      attributes.documents,
      attributes.firstDate,
      attributes.lastDate,
      attributes.evidence.map((evidence) => evidence.text).join(" | "),
    ]);
  }
}
