import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { commonjs } from "./interop.js";
import { seededRandom } from "../common/rng.js";
import type { GraphOptions, NewsGraph } from "./types.js";

const forceAtlas2 = commonjs(forceAtlas2Module);
const noverlap = commonjs(noverlapModule);

type LayoutOptions = Required<
  Pick<
    GraphOptions,
    "seed" | "layoutWork" | "minIterations" | "maxIterations" | "growIterations" | "barnesHutThreshold" | "noverlapIterations" | "noverlapMaxNodes"
  >
>;

/** Where a previous build of the same output folder put its nodes, by node key. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Iterations follow from a fixed work budget rather than the clock, so a large corpus stays
 * fast and the same corpus always gets the same picture. One iteration costs about one unit
 * per edge (attraction) plus n·log₂n units of Barnes–Hut repulsion, or n²/2 without it.
 */
export function layoutIterations(graph: NewsGraph, options: LayoutOptions): number {
  const n = graph.order;
  const repulsion = n > options.barnesHutThreshold ? n * Math.log2(n) : (n * n) / 2;
  const iterations = Math.floor(options.layoutWork / Math.max(1, graph.size + repulsion));
  return Math.min(options.maxIterations, Math.max(options.minIterations, iterations));
}

/**
 * Seeded random start, ForceAtlas2 (Barnes–Hut when large), then noverlap on the node sizes.
 * With `previous` positions for at least half of the nodes the graph has grown from that
 * layout: those nodes start where they were, a new one at the centre of its placed neighbours,
 * and ForceAtlas2 runs a `growIterations` share of its iterations, so the picture stays the
 * reader's and the re-build costs a fraction of a layout.
 */
export function assignLayout(graph: NewsGraph, options: LayoutOptions, previous?: Positions): void {
  if (graph.order === 0) return;
  const random = seededRandom(options.seed);
  const spread = Math.sqrt(graph.order) * 10;
  let placed = 0;
  if (previous) graph.forEachNode((node) => void (previous.has(node) && placed++));
  const grown = placed > 0 && placed * 2 >= graph.order;
  if (grown) startFrom(graph, previous!, random, spread);
  else {
    graph.updateEachNodeAttributes((_node, attributes) => ({
      ...attributes,
      x: (random() - 0.5) * spread,
      y: (random() - 0.5) * spread,
    }));
  }
  const full = layoutIterations(graph, options);
  const share = Math.max(options.growIterations, 1 - placed / graph.order);
  const iterations = grown ? Math.min(full, Math.max(options.minIterations, Math.ceil(full * share))) : full;
  if (graph.size > 0 && iterations > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > options.barnesHutThreshold,
      // Gephi's own theta: graphology's 0.5 makes each Barnes–Hut iteration about 3.5× slower
      // (measured on 5,000 nodes) for no visible gain at this iteration budget.
      barnesHutTheta: 1.2,
      adjustSizes: false,
    };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  if (options.noverlapIterations > 0 && graph.order <= options.noverlapMaxNodes) {
    // noverlap compares the nodes of each grid cell pairwise: its default 20×20 grid put
    // thousands of nodes in a cell of a 12,000-node graph (minutes per build). About one node
    // per cell costs the same checks as a small graph; the result is the same, as a node is
    // filed in every cell it touches.
    const gridSize = Math.min(200, Math.max(20, Math.ceil(Math.sqrt(graph.order))));
    withRandom(random, () =>
      noverlap.assign(graph, { maxIterations: options.noverlapIterations, settings: { margin: 2, ratio: 1, gridSize } }),
    );
  }
}

/** Previous nodes where they were; a new one beside its placed neighbours' centre, or anywhere when it has none. */
function startFrom(graph: NewsGraph, previous: Positions, random: () => number, spread: number): void {
  graph.forEachNode((node) => {
    const at = previous.get(node);
    if (at) graph.mergeNodeAttributes(node, at);
  });
  graph.forEachNode((node) => {
    if (previous.has(node)) return;
    let [x, y, n] = [0, 0, 0];
    graph.forEachNeighbor(node, (neighbour) => {
      const at = previous.get(neighbour);
      if (at) [x, y, n] = [x + at.x, y + at.y, n + 1];
    });
    // The jitter keeps two new nodes of the same neighbours apart, which ForceAtlas2 needs.
    const [dx, dy] = [random() - 0.5, random() - 0.5];
    graph.mergeNodeAttributes(node, n > 0 ? { x: x / n + dx, y: y / n + dy } : { x: dx * spread, y: dy * spread });
  });
}

/** noverlap jitters nodes at one spot with Math.random: seeded here too, so two builds are byte-identical. */
function withRandom<T>(random: () => number, run: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
