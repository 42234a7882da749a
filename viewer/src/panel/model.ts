import type { DataGraph, EdgeKind, Evidence } from "../graph/types.js";

export interface LinkView {
  edge: string;
  kind: EdgeKind;
  /** "out": the selected node is the source (it quotes / cites the neighbour); "in": the reverse. */
  direction: "out" | "in" | "both";
  weight: number;
  evidence: Evidence[];
}

export interface NeighbourView {
  key: string;
  label: string;
  entityType: string;
  /** Sum of the weights of every link between the two. */
  weight: number;
  links: LinkView[];
}

export interface ArticleView {
  article: string;
  title: string;
  date: string | null;
}

export interface NodeView {
  key: string;
  label: string;
  entityType: string;
  aliases: string[];
  mentions: number;
  documents: number;
  quotes: number;
  firstDate: string | null;
  lastDate: string | null;
  /** What it said: its own quotations attribute, then quote and cites links where it is the speaker. */
  quotations: Evidence[];
  /** Articles seen in the evidence of its links, newest first. */
  articles: ArticleView[];
  neighbours: NeighbourView[];
}

/**
 * Everything the side panel shows about one node, read from the dataset. Only links in
 * `visibleEdges` count, so the panel agrees with the filtered picture.
 */
export function describeNode(
  graph: DataGraph,
  key: string,
  visibleEdges: Pick<Set<string>, "has"> | null = null,
  /** A link's weight as the view counts it (inside the time window when one is set). */
  weightOf: (edge: string) => number = (edge) => graph.getEdgeAttribute(edge, "weight"),
): NodeView {
  const a = graph.getNodeAttributes(key);
  const byNeighbour = new Map<string, NeighbourView>();
  const quotations = new Map<string, Evidence>();
  const articles = new Map<string, ArticleView>();
  const seeArticle = (ev: Evidence) => {
    if (ev.article && !articles.has(ev.article)) articles.set(ev.article, { article: ev.article, title: ev.title, date: ev.date });
  };
  for (const q of a.quotations) {
    quotations.set(`${q.article}\u0000${q.text}`, q);
    seeArticle(q);
  }

  graph.forEachEdge(key, (edge, e, source, target, _sa, _ta, undirected) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    const other = source === key ? target : source;
    const direction = undirected || source === target ? "both" : source === key ? "out" : "in";
    let n = byNeighbour.get(other);
    if (!n) {
      const o = graph.getNodeAttributes(other);
      n = { key: other, label: o.label, entityType: o.entityType, weight: 0, links: [] };
      byNeighbour.set(other, n);
    }
    const weight = weightOf(edge);
    n.weight += weight;
    n.links.push({ edge, kind: e.kind, direction, weight, evidence: e.evidence });
    // Speaker of a quote edge, or the one a cites edge points at (the outlet reports its words).
    const spoke = (e.kind === "quote" && direction === "out") || (e.kind === "cites" && direction === "in");
    for (const ev of e.evidence) {
      if (spoke) quotations.set(`${ev.article}\u0000${ev.text}`, ev);
      seeArticle(ev);
    }
  });

  const neighbours = [...byNeighbour.values()];
  for (const n of neighbours) n.links.sort((x, y) => y.weight - x.weight || x.kind.localeCompare(y.kind));
  neighbours.sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label));

  return {
    key,
    label: a.label,
    entityType: a.entityType,
    aliases: a.aliases,
    mentions: a.mentions,
    documents: a.documents,
    quotes: a.quotes,
    firstDate: a.firstDate,
    lastDate: a.lastDate,
    quotations: [...quotations.values()],
    articles: [...articles.values()].sort((x, y) => (y.date ?? "").localeCompare(x.date ?? "") || x.title.localeCompare(y.title)),
    neighbours,
  };
}
