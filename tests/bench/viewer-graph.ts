import { MultiGraph } from "graphology";
import { seededRandom } from "../../src/common/rng.js";

const TYPES = ["person", "country", "organization"] as const;
const COLORS = { person: "#1f77b4", country: "#2ca02c", organization: "#d62728" };

/**
 * A synthetic newsgraph build output: communities laid out as clusters (what ForceAtlas2 makes
 * of a news corpus), heavy-tailed mentions, mostly co-occurrence edges inside a community,
 * every attribute of the graph contract present, one short piece of evidence per edge.
 */
export function syntheticGraph(nodes = 10_000, edges = 50_000, seed = 42): MultiGraph {
  const rand = seededRandom(seed);
  const graph = new MultiGraph({ type: "mixed" });
  const communities = Math.max(1, Math.round(Math.sqrt(nodes)));
  const centres = Array.from({ length: communities }, (_, i) => {
    const angle = i * 2.39996; // golden angle: a sunflower of clusters
    const radius = 100 * Math.sqrt(i);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const members: string[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < nodes; i++) {
    const community = Math.floor(rand() * communities);
    const type = TYPES[Math.floor(rand() * 3)]!;
    const mentions = Math.max(1, Math.floor(1 / Math.max(rand(), 0.002)));
    const key = `${type}:entity-${i}`;
    const spread = 40 * Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-9)));
    const angle = rand() * 2 * Math.PI;
    graph.addNode(key, {
      label: `Entity ${i}`,
      entityType: type,
      aliases: [`E${i}`],
      mentions,
      documents: Math.max(1, Math.floor(mentions / 2)),
      quotes: type === "person" ? Math.floor(rand() * 3) : 0,
      firstDate: "2022-02-01",
      lastDate: "2022-03-01",
      pagerank: mentions / nodes,
      community,
      degree: 0,
      weightedDegree: 0,
      x: centres[community]!.x + spread * Math.cos(angle),
      y: centres[community]!.y + spread * Math.sin(angle),
      size: Math.min(20, 2 + 2 * Math.sqrt(mentions)),
      color: COLORS[type],
    });
    members[community]!.push(key);
  }
  const keys = graph.nodes();
  for (let i = 0; i < edges; i++) {
    const group = members[Math.floor(rand() * communities)]!;
    const inside = rand() < 0.85 && group.length > 1;
    const source = inside ? group[Math.floor(rand() * group.length)]! : keys[Math.floor(rand() * keys.length)]!;
    let target = inside ? group[Math.floor(rand() * group.length)]! : keys[Math.floor(rand() * keys.length)]!;
    if (target === source) target = keys[(keys.indexOf(source) + 1) % keys.length]!;
    const roll = rand();
    const kind = roll < 0.8 ? "cooccurrence" : roll < 0.95 ? "quote" : "cites";
    const attrs = {
      kind,
      weight: 1 + Math.floor(-Math.log(Math.max(rand(), 1e-9))),
      documents: 1,
      firstDate: "2022-02-01",
      lastDate: "2022-02-01",
      evidence: [{ article: `a${i % 997}`, title: `Article ${i % 997}`, date: "2022-02-01", text: `Sentence ${i} naming both.` }],
    };
    const key = `${kind}:${source}->${target}:${i}`;
    if (kind === "cooccurrence") graph.addUndirectedEdgeWithKey(key, source, target, attrs);
    else graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, degree: graph.degree(key), weightedDegree: graph.degree(key) }));
  return graph;
}
