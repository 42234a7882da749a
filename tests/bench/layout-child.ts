/**
 * Lays out a synthetic graph of N nodes and M edges with the build's own layout and
 * defaults, then prints {ms, cpuMs} as JSON. Run as a child so a layout that does not end in the
 * bench's time limit can be stopped: `node --import tsx tests/bench/layout-child.ts N M`.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./measure.js";
import { syntheticGraph } from "./viewer-graph.js";

const [nodes, edges] = process.argv.slice(2).map(Number) as [number, number];
const dist = (path: string) => import(pathToFileURL(join(ROOT, "dist", path)).href);
const { assignLayout } = await dist("graph/layout.js");
const { GRAPH_DEFAULTS } = await dist("graph/defaults.js");
const graph = syntheticGraph(nodes, edges, 42);
const started = performance.now();
const cpu = process.cpuUsage();
assignLayout(graph, GRAPH_DEFAULTS);
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, order: graph.order, size: graph.size }),
);
