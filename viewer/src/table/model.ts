import type { DataGraph } from "../graph/types.js";

export type Cell = string | number;

export interface TableData {
  name: "nodes" | "links";
  columns: { key: string; title: string; numeric: boolean }[];
  rows: { key: string; cells: Cell[] }[];
}

/** What a table needs of the view: the filtered items and how the view counts them. */
export interface TableView {
  nodes: Iterable<string>;
  edges: Iterable<string>;
  /** Mentions as the view counts them (inside the time window when one is set). */
  mentions(node: string): number;
  weight(edge: string): number;
  /** A community's name (after its most mentioned member). */
  community(id: number): string;
}

/** The node table: what the graph shows, one row per node, with the numbers the view uses. */
export function nodeTable(graph: DataGraph, view: TableView): TableData {
  const degree = new Map<string, number>();
  const shown = new Set(view.nodes);
  for (const e of view.edges) {
    for (const end of [graph.source(e), graph.target(e)]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return {
    name: "nodes",
    columns: [
      { key: "label", title: "Label", numeric: false },
      { key: "type", title: "Type", numeric: false },
      { key: "mentions", title: "Mentions", numeric: true },
      { key: "documents", title: "Articles", numeric: true },
      { key: "degree", title: "Links shown", numeric: true },
      { key: "pagerank", title: "PageRank", numeric: true },
      { key: "community", title: "Community", numeric: false },
    ],
    rows: [...shown].map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, cells: [a.label, a.entityType, view.mentions(key), a.documents, degree.get(key) ?? 0, Number(a.pagerank.toPrecision(4)), view.community(a.community)] };
    }),
  };
}

export function linkTable(graph: DataGraph, view: TableView): TableData {
  return {
    name: "links",
    columns: [
      { key: "source", title: "Source", numeric: false },
      { key: "target", title: "Target", numeric: false },
      { key: "kind", title: "Kind", numeric: false },
      { key: "weight", title: "Weight", numeric: true },
      { key: "documents", title: "Articles", numeric: true },
    ],
    rows: [...view.edges].map((key) => {
      const a = graph.getEdgeAttributes(key);
      return { key, cells: [graph.getNodeAttribute(graph.source(key), "label"), graph.getNodeAttribute(graph.target(key), "label"), a.kind, view.weight(key), a.documents] };
    }),
  };
}

/** Rows sorted by one column; numbers high to low first, text A to Z first. */
export function sortRows(table: TableData, column: number, descending: boolean): TableData["rows"] {
  const dir = descending ? -1 : 1;
  return [...table.rows].sort((a, b) => {
    const x = a.cells[column]!;
    const y = b.cells[column]!;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return c * dir || (a.key < b.key ? -1 : 1);
  });
}
