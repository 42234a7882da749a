import type { Attributes } from "graphology-types";

/**
 * Makes a loaded graph honour the graph contract the viewer reads (DESIGN.md), whatever wrote
 * it: a newsgraph GEXF carries lists and evidence as strings, a foreign GEXF or JSON may lack
 * our attributes altogether. Missing numbers become 0, so filters and sizes still work.
 */
export function normalizeNode(key: string, attrs: Attributes): Attributes {
  return {
    ...attrs,
    label: typeof attrs.label === "string" && attrs.label !== "" ? attrs.label : key,
    entityType: entityTypeOf(key, attrs.entityType),
    aliases: stringList(attrs.aliases),
    mentions: num(attrs.mentions),
    documents: num(attrs.documents),
    quotes: num(attrs.quotes),
    firstDate: dateOrNull(attrs.firstDate),
    lastDate: dateOrNull(attrs.lastDate),
    pagerank: num(attrs.pagerank),
    community: num(attrs.community),
    degree: num(attrs.degree),
    weightedDegree: num(attrs.weightedDegree),
    x: num(attrs.x),
    y: num(attrs.y),
    size: num(attrs.size) || 1,
    color: typeof attrs.color === "string" ? attrs.color : "#999999",
  };
}

const KINDS = new Set(["cooccurrence", "quote", "cites"]);

export function normalizeEdge(attrs: Attributes, undirected: boolean): Attributes {
  return {
    ...attrs,
    kind: KINDS.has(attrs.kind) ? attrs.kind : undirected ? "cooccurrence" : "quote",
    weight: num(attrs.weight) || 1,
    documents: num(attrs.documents),
    firstDate: dateOrNull(attrs.firstDate),
    lastDate: dateOrNull(attrs.lastDate),
    evidence: evidenceList(attrs.evidence),
  };
}

const TYPES = ["person", "country", "organization"];
const PREFIXES: Record<string, string> = { person: "person", country: "country", org: "organization", organization: "organization" };

function entityTypeOf(key: string, given: unknown): string {
  if (typeof given === "string" && TYPES.includes(given)) return given;
  // Node keys are `<type>:<slug>`; a foreign graph without types is shown as organizations.
  return PREFIXES[key.slice(0, key.indexOf(":"))] ?? "organization";
}

function num(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : 0;
}

function dateOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string" || value === "") return [];
  return value.split("|").map((s) => s.trim()).filter(Boolean);
}

interface Evidence {
  article: string;
  title: string;
  date: string | null;
  text: string;
}

function evidenceList(value: unknown): Evidence[] {
  let list: unknown = value;
  if (typeof value === "string") {
    // A newsgraph GEXF keeps evidence as JSON text; anything else is one piece of plain text.
    try {
      list = JSON.parse(value);
    } catch {
      return value === "" ? [] : [{ article: "", title: "", date: null, text: value }];
    }
  }
  if (!Array.isArray(list)) return [];
  return list
    .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
    .map((e) => ({
      article: String(e.article ?? ""),
      title: String(e.title ?? ""),
      date: dateOrNull(e.date),
      text: String(e.text ?? ""),
    }));
}
