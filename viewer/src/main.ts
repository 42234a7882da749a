import { createApp, type ViewerApp } from "./app.js";
import { bindCameraKeys } from "./camera/index.js";
import { byId } from "./dom.js";
import { attachIo, graphUrlFromLocation, loadGraphFromUrl } from "./io/index.js";
import { attachLayout } from "./layout/controls.js";
import { attachUrlState } from "./state/sync.js";
import { attachTables } from "./table/controls.js";

/**
 * Test and scripting hook: `window.__newsgraph.ready` resolves once the first graph is drawn;
 * `app` is the shell API (filters, selection, size, events); `sigma` and `graph` are the current
 * renderer and dataset (they change when another graph is loaded).
 */
declare global {
  interface Window {
    __newsgraph: { app: ViewerApp; readonly sigma: ViewerApp["sigma"]; readonly graph: ViewerApp["graph"]; ready: Promise<void> };
  }
}

const DEFAULT_GRAPH_URL = "./graph.json";

const app = createApp({
  graph: byId("graph"),
  sidebar: byId("sidebar"),
  panel: byId("panel"),
  searchInput: byId<HTMLInputElement>("search"),
  searchList: byId<HTMLUListElement>("search-suggestions"),
  sizeBy: byId<HTMLSelectElement>("size-by"),
  colorBy: byId<HTMLSelectElement>("color-by"),
  status: byId("status"),
  timeline: byId("timeline-slot"),
  cameraControls: byId("camera-controls"),
});

// Sigma draws its first frame synchronously while the graph is set, before any "render"
// listener could hear it: wait for the graph, then for that frame to reach the screen.
const ready = new Promise<void>((resolve) => {
  const off = app.on("graph", () => {
    off();
    requestAnimationFrame(() => resolve());
  });
});
window.__newsgraph = {
  app,
  ready,
  get sigma() {
    return app.sigma;
  },
  get graph() {
    return app.graph;
  },
};

// io/, layout/, state/: open, export and layout buttons in #tools, a file dropped anywhere on
// the page, and the view (selection, filters, size, camera) kept in the URL.
const tools = byId("tools");
attachIo(app, tools, {
  dropTarget: document.body,
  onError: (error) => (byId("status").textContent = error.message),
});
attachLayout(app, tools);
attachTables(app, tools, document.querySelector<HTMLElement>(".stage")!);
attachUrlState(app, undefined, tools);
bindCameraKeys(byId("graph"), () => app.sigma);

// Narrow screens: the legend and filters are a drawer behind the "Filters" button; Esc closes it.
const sidebarToggle = byId<HTMLButtonElement>("toggle-sidebar");
const setSidebar = (open: boolean) => {
  document.body.classList.toggle("sidebar-open", open);
  sidebarToggle.setAttribute("aria-expanded", String(open));
};
sidebarToggle.addEventListener("click", () => setSidebar(!document.body.classList.contains("sidebar-open")));
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && document.body.classList.contains("sidebar-open")) {
    setSidebar(false);
    sidebarToggle.focus();
  }
});

async function boot(url: string): Promise<void> {
  try {
    // The build's evidence files sit beside graph.json.
    app.setGraph(await loadGraphFromUrl(url), { name: url.replace(/^.*\//, ""), evidenceBase: new URL(".", new URL(url, window.location.href)) });
  } catch (error) {
    byId("status").textContent = (error as Error).message;
    document.body.classList.add("load-failed");
    throw error;
  }
}

void boot(graphUrlFromLocation(window.location, DEFAULT_GRAPH_URL));
