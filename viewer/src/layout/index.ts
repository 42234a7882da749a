import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import { LAYOUT_DEFAULTS, type LayoutOptions } from "./defaults.js";

export { LAYOUT_DEFAULTS, type LayoutOptions } from "./defaults.js";

export interface LayoutControls {
  /** Starts ForceAtlas2 in a web worker; positions stream into the graph and sigma redraws. */
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Pushes overlapping discs apart, as they are drawn now (in screen space). */
  noverlap(): void;
  /** Puts every node back where the pipeline laid it out. */
  reset(): void;
  /** Stops the worker for good: call before the graph is replaced. */
  kill(): void;
}

/** What noverlap needs of sigma to work where nodes are drawn (any sigma instance). */
export interface ViewportMapper {
  graphToViewport(at: { x: number; y: number }): { x: number; y: number };
  viewportToGraph(at: { x: number; y: number }): { x: number; y: number };
  getNodeDisplayData(key: string): { size: number } | undefined;
}

/**
 * Layout controls for the graph sigma draws. The positions the graph had when this is called
 * are kept as the pipeline's layout, for reset.
 */
export function createLayoutControls(graph: Graph, sigma: ViewportMapper, options: Partial<LayoutOptions> = {}): LayoutControls {
  const opts: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options };
  const initial = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, attrs) => initial.set(key, { x: attrs.x as number, y: attrs.y as number }));

  let worker: FA2Layout | null = null;
  const stop = () => worker?.stop();

  return {
    start() {
      if (!worker) {
        worker = new FA2Layout(graph, {
          settings: {
            ...forceAtlas2.inferSettings(graph),
            barnesHutOptimize: graph.order > opts.barnesHutAbove,
          },
          // Heavier links pull harder: the weight is how many sentences back the link.
          getEdgeWeight: "weight",
        });
      }
      worker.start();
    },
    stop,
    isRunning: () => worker?.isRunning() ?? false,
    noverlap() {
      stop();
      // Sizes are screen pixels, positions graph units: compare them where they are drawn.
      noverlap.assign(graph, {
        maxIterations: opts.noverlapIterations,
        settings: { margin: opts.noverlapMargin, ratio: 1 },
        inputReducer: (key, attrs) => {
          const at = sigma.graphToViewport(attrs);
          return { x: at.x, y: at.y, size: sigma.getNodeDisplayData(key)?.size ?? attrs.size ?? 1 };
        },
        outputReducer: (_key, at) => sigma.viewportToGraph(at),
      });
    },
    reset() {
      stop();
      graph.updateEachNodeAttributes((key, attrs) => {
        const at = initial.get(key);
        return at ? { ...attrs, x: at.x, y: at.y } : attrs;
      }, { attributes: ["x", "y"] });
    },
    kill() {
      worker?.kill();
      worker = null;
    },
  };
}
