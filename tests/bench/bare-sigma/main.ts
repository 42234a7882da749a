// The baseline of the viewer bench: sigma with its defaults drawing the same graph.json, and
// nothing else, so the viewer's own cost is the difference.
import Graph from "graphology";
import Sigma from "sigma";

async function start() {
  const data = await (await fetch("./graph.json")).json();
  const graph = Graph.from(data, { multi: true, type: "mixed" });
  const sigma = new Sigma(graph, document.getElementById("stage") as HTMLElement);
  return { sigma, graph };
}

let current: Awaited<ReturnType<typeof start>> | undefined;
// The same hook the viewer offers (window.__newsgraph.sigma), so the bench drives both alike.
(window as unknown as { __bare: unknown }).__bare = {
  get sigma() {
    return current?.sigma;
  },
};
void start().then((s) => (current = s));
