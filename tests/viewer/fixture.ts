/**
 * A small, hand-made graph with the shape of a real build: three entity types, all three edge
 * kinds (with parallel edges between one pair), evidence with titles and dates, communities,
 * an isolated node. The people are invented; countries and organizations are real names.
 * `npx tsx tests/viewer/fixture.ts` rewrites tests/fixtures/viewer-graph.json from it.
 */
import Graph from "graphology";
import { writeFileSync } from "node:fs";
import type { EdgeAttributes, EdgeKind, NodeAttributes } from "../../src/graph/types.js";

type NodeSpec = [key: string, label: string, type: NodeAttributes["entityType"], mentions: number, community: number, aliases: string[]];

const NODES: NodeSpec[] = [
  ["person:anna-kovacs", "Anna Kovacs", "person", 14, 0, ["Kovacs", "Prime Minister Anna Kovacs"]],
  ["person:tomas-berg", "Tomas Berg", "person", 9, 0, ["Berg", "Mr Berg"]],
  ["person:lena-moreau", "Lena Moreau", "person", 7, 1, ["Moreau", "Foreign Minister Moreau"]],
  ["person:omar-haddad", "Omar Haddad", "person", 5, 1, ["Haddad"]],
  ["person:ines-duarte", "Inês Duarte", "person", 3, 2, ["Duarte"]],
  ["person:piotr-nowak", "Piotr Nowak", "person", 2, 2, ["Nowak"]],
  ["country:HU", "Hungary", "country", 11, 0, ["Budapest", "Hungarian"]],
  ["country:FR", "France", "country", 8, 1, ["Paris", "French"]],
  ["country:PT", "Portugal", "country", 4, 2, ["Lisbon"]],
  ["country:PL", "Poland", "country", 6, 2, ["Warsaw", "Polish"]],
  ["country:DE", "Germany", "country", 5, 0, ["Berlin", "German"]],
  ["organization:eu", "European Union", "organization", 10, 1, ["EU", "the European Union"]],
  ["organization:nato", "NATO", "organization", 6, 1, ["North Atlantic Treaty Organization"]],
  ["organization:reuters", "Reuters", "organization", 4, 0, []],
  ["organization:afp", "AFP", "organization", 3, 2, ["Agence France-Presse"]],
  ["organization:imf", "International Monetary Fund", "organization", 2, 0, ["IMF"]],
  ["organization:un", "United Nations", "organization", 1, 3, ["UN"]],
];

const ARTICLES = [
  { article: "a1", title: "Budget talks stall as ministers meet", date: "2026-01-12" },
  { article: "a2", title: "Summit ends without a deal on energy", date: "2026-02-03" },
  { article: "a3", title: "Fishing quotas spark new row", date: "2026-02-21" },
  { article: "a4", title: "Allies weigh response to border incident", date: "2026-03-15" },
];

type EdgeSpec = [source: string, target: string, kind: EdgeKind, weight: number, articles: number[], sentences: string[]];

const EDGES: EdgeSpec[] = [
  ["person:anna-kovacs", "country:HU", "cooccurrence", 6, [0, 1, 3], ["Anna Kovacs said Hungary would not sign the budget as drafted.", "Hungary's prime minister arrived late to the summit."]],
  ["person:anna-kovacs", "organization:eu", "cooccurrence", 4, [0, 1], ["Kovacs accused the European Union of ignoring smaller members."]],
  ["person:anna-kovacs", "organization:eu", "quote", 3, [0, 1], ["\"The European Union cannot decide this for us,\" Kovacs said."]],
  ["organization:reuters", "person:anna-kovacs", "cites", 2, [0], ["\"We will not be rushed,\" Kovacs told Reuters."]],
  ["person:tomas-berg", "person:anna-kovacs", "cooccurrence", 3, [0, 3], ["Tomas Berg met Anna Kovacs on Tuesday."]],
  ["person:tomas-berg", "person:anna-kovacs", "quote", 1, [3], ["\"Kovacs knows what is at stake,\" Berg said."]],
  ["person:tomas-berg", "country:DE", "cooccurrence", 2, [3], ["Berg flew on to Germany after the talks."]],
  ["person:lena-moreau", "country:FR", "cooccurrence", 5, [1, 2], ["Lena Moreau said France was ready to compromise."]],
  ["person:lena-moreau", "organization:nato", "quote", 2, [3], ["\"NATO will meet on Friday,\" Moreau said."]],
  ["organization:afp", "person:lena-moreau", "cites", 1, [2], ["Moreau told AFP the quotas were \"a starting point\"."]],
  ["person:omar-haddad", "organization:eu", "cooccurrence", 2, [1], ["Omar Haddad, an adviser to the European Union, chaired the session."]],
  ["person:omar-haddad", "country:FR", "cooccurrence", 1, [2], ["Haddad spoke to reporters in Paris."]],
  ["person:ines-duarte", "country:PT", "cooccurrence", 3, [2], ["Inês Duarte said Portugal's fleet would be hit hardest."]],
  ["person:ines-duarte", "country:PL", "quote", 1, [2], ["\"Poland has been a good partner,\" Duarte said."]],
  ["person:piotr-nowak", "country:PL", "cooccurrence", 2, [2, 3], ["Piotr Nowak, speaking for Poland, rejected the plan."]],
  ["organization:afp", "person:piotr-nowak", "cites", 1, [3], ["Nowak told AFP the border was calm."]],
  ["country:HU", "organization:eu", "cooccurrence", 5, [0, 1], ["Hungary and the European Union remain far apart."]],
  ["country:FR", "organization:eu", "cooccurrence", 3, [1], ["France asked the EU to delay the vote."]],
  ["country:PL", "organization:nato", "cooccurrence", 2, [3], ["Poland asked NATO for consultations."]],
  ["country:DE", "organization:nato", "cooccurrence", 1, [3], ["Germany said NATO's response must be measured."]],
  ["country:HU", "organization:imf", "cooccurrence", 1, [0], ["Hungary's talks with the IMF resumed."]],
  ["country:PT", "organization:eu", "cooccurrence", 1, [2], ["Portugal appealed to the EU."]],
];

export function makeViewerFixture(): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "mixed", allowSelfLoops: false });
  NODES.forEach(([key, label, entityType, mentions, community, aliases], i) => {
    const angle = (i / NODES.length) * 2 * Math.PI;
    const radius = 40 + 25 * community;
    graph.addNode(key, {
      label, entityType, aliases, mentions, community,
      documents: Math.min(4, Math.ceil(mentions / 3)),
      quotes: 0,
      firstDate: null, lastDate: null,
      pagerank: 0, degree: 0, weightedDegree: 0,
      x: Math.round(radius * Math.cos(angle) * 100) / 100,
      y: Math.round(radius * Math.sin(angle) * 100) / 100,
      size: 1, color: "#999999",
    });
  });
  EDGES.forEach(([source, target, kind, weight, articles, sentences], i) => {
    const dates = articles.map((a) => ARTICLES[a]!.date).sort();
    const attrs: EdgeAttributes = {
      kind, weight, documents: articles.length,
      firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
      evidence: sentences.map((text, j) => ({ ...ARTICLES[articles[j % articles.length]!]!, text })),
    };
    if (kind === "cooccurrence") graph.addUndirectedEdgeWithKey(`e${i}`, source, target, attrs);
    else graph.addDirectedEdgeWithKey(`e${i}`, source, target, attrs);
    if (kind === "quote") graph.updateNodeAttribute(source, "quotes", (q) => (q ?? 0) + weight);
    if (kind === "cites") graph.updateNodeAttribute(target, "quotes", (q) => (q ?? 0) + weight);
  });
  const total = graph.reduceEdges((sum, _e, a) => sum + a.weight, 0);
  graph.forEachNode((key) => {
    const dates: string[] = [];
    let weighted = 0;
    graph.forEachEdge(key, (_e, a) => {
      weighted += a.weight;
      if (a.firstDate) dates.push(a.firstDate);
      if (a.lastDate) dates.push(a.lastDate);
    });
    dates.sort();
    graph.mergeNodeAttributes(key, {
      degree: graph.degree(key),
      weightedDegree: weighted,
      // A stand-in for PageRank: share of the link weight, enough to give sizes a spread.
      pagerank: Math.round((1000 * (weighted + 1)) / (total + graph.order)) / 1000,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    });
  });
  return graph;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL("../fixtures/viewer-graph.json", import.meta.url);
  writeFileSync(out, JSON.stringify(makeViewerFixture().export(), null, 1) + "\n");
  console.log(`wrote ${out.pathname}`);
}
