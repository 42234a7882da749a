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

const started = start();
(window as unknown as { __bare: unknown }).__bare = {
  ready: started.then(() => undefined),
  get sigma() {
    return current?.sigma;
  },
};
let current: Awaited<typeof started> | undefined;
started.then((s) => (current = s));
