import { fileURLToPath } from "node:url";

export interface ServeOptions {
  /** TCP port; 0 asks the system for a free one. */
  port: number;
  /** Loopback by default: the viewer is for the person at this machine, not the network. */
  host: string;
  /** The built viewer (Vite output). */
  viewerDir: string;
}

/** The build outputs the viewer may fetch from the served directory; nothing else in it is exposed. */
export const DATA_FILES: readonly string[] = ["graph.json", "graph.gexf", "nodes.csv", "edges.csv"];

export const DEFAULTS: ServeOptions = {
  port: 0,
  host: "127.0.0.1",
  // dist/serve/ → the package root → viewer/dist/
  viewerDir: fileURLToPath(new URL("../../viewer/dist/", import.meta.url)),
};
