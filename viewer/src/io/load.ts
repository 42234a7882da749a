import { MultiGraph } from "graphology";
import type { SerializedEdge, SerializedGraph } from "graphology-types";
import { parse as parseGexfDocument } from "graphology-gexf/browser";

export type GraphFormat = "json" | "gexf";

/**
 * A graph as read from a file, in graphology's serialisation: the viewer's dataset step
 * (graph/dataset.ts) builds its one graph from it, checking every attribute. Not a graphology
 * instance: building one here only to export it again doubled the load of a large file.
 */
export type LoadedGraph = SerializedGraph;

const STAGE = "newsgraph/viewer/io";

/**
 * Parses graphology JSON or GEXF text, attributes as the file has them (the viewer's dataset
 * step checks them against the graph contract). The format is sniffed
 * from the text, as a file's name can lie or be missing; `name` only makes errors readable.
 */
export function parseGraph(text: string, name = "graph"): LoadedGraph {
  const format = sniffFormat(text);
  if (!format) throw new Error(`${STAGE}: ${name} is neither graphology JSON nor GEXF`);
  return format === "json" ? fromJson(text, name) : fromGexf(text, name);
}

export function sniffFormat(text: string): GraphFormat | null {
  const start = text.trimStart()[0];
  if (start === "{") return "json";
  if (start === "<") return "gexf";
  return null;
}

function fromJson(text: string, name: string): LoadedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${STAGE}: ${name} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error(`${STAGE}: ${name} is JSON but not a graphology graph (no "nodes" list)`);
  }
  const edges = (data as { edges?: unknown }).edges;
  if (edges !== undefined && !Array.isArray(edges)) throw new Error(`${STAGE}: ${name}: "edges" is not a list`);
  return data as SerializedGraph;
}

function fromGexf(text: string, name: string): LoadedGraph {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0 || doc.documentElement.nodeName !== "gexf") {
    throw new Error(`${STAGE}: ${name} is not a GEXF document`);
  }
  try {
    const data = parseGexfDocument(MultiGraph, doc, { allowUndeclaredAttributes: true, addMissingNodes: true }).export();
    const edges = data.edges.map((edge: SerializedEdge) =>
      typeof edge.attributes?.evidence === "string" ? { ...edge, attributes: { ...edge.attributes, evidence: evidenceFromText(edge.attributes.evidence) } } : edge,
    );
    return { ...data, edges };
  } catch (error) {
    throw new Error(`${STAGE}: ${name}: ${(error as Error).message}`);
  }
}

/**
 * GEXF has no list of records: the viewer's own export keeps evidence as JSON, the pipeline's
 * graph.gexf as the sentences joined by " | " (readable in Gephi). Either way, back to a list.
 */
function evidenceFromText(text: string): unknown {
  if (text.trimStart().startsWith("[")) {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all: a sentence that starts with a bracket.
    }
  }
  return text
    .split(" | ")
    .filter((sentence) => sentence.trim() !== "")
    .map((sentence) => ({ article: "", title: "", date: null, text: sentence }));
}

/** Loads a graph from the server (`./graph.json`, or a `?graph=URL`). */
export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${STAGE}: cannot fetch ${url} (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${STAGE}: ${url} answered ${response.status} ${response.statusText}`);
  return parseGraph(await response.text(), url);
}

export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  return parseGraph(await file.text(), file.name);
}

/** The URL the page was asked to show: `?graph=URL` when given, else the served build's graph. */
export function graphUrlFromLocation(location: Location, fallback = "./graph.json"): string {
  return new URLSearchParams(location.search).get("graph") || fallback;
}
