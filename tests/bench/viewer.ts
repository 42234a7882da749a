/**
 * Viewer bench (issue 3): the viewer against bare sigma on one synthetic graph, in one browser,
 * in the same run. Measured in the page: time from navigation to the first frame with the
 * graph, and main-thread script time (Chromium's own ScriptDuration counter) per rendered
 * frame while the camera moves and while the mouse hovers nodes, and per hover / filter change.
 * Run alone: `npm run build && node --import tsx tests/bench/viewer.ts [--nodes N --edges M]`.
 */
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CDPSession, Page } from "playwright-core";
import { build } from "vite";
import { serve } from "../../src/serve/index.js";
import { launchBrowser } from "../e2e/browser.js";
import { syntheticGraph } from "./viewer-graph.js";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface ViewerBenchOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Nodes hovered, one after the other. */
  hovers: number;
  /** How long the camera is moved, in ms. */
  moveMs: number;
}

const DEFAULTS: ViewerBenchOptions = { nodes: 10_000, edges: 50_000, seed: 42, hovers: 30, moveMs: 4000 };

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "../..");

interface Measure {
  firstFrameMs: number;
  moveScriptPerFrameMs: number;
  moveFrames: number;
  hoverScriptPerFrameMs: number;
  hoverScriptPerHoverMs: number;
  filterScriptMs: number | null;
}

export async function benchViewer(options: Partial<ViewerBenchOptions> = {}): Promise<Row[]> {
  const opts = { ...DEFAULTS, ...options };
  const viewerDir = join(ROOT, "viewer/dist");
  try {
    await access(join(viewerDir, "index.html"));
  } catch {
    throw new Error("newsgraph/bench: no built viewer in viewer/dist (run `npm run build` first)");
  }
  const work = await mkdtemp(join(tmpdir(), "newsgraph-viewer-bench-"));
  const servers: { close(): Promise<void> }[] = [];
  const browser = await launchBrowser({ width: 1280, height: 800 });
  try {
    const graph = syntheticGraph(opts.nodes, opts.edges, opts.seed);
    await writeFile(join(work, "graph.json"), JSON.stringify(graph.export()));
    await build({
      root: join(HERE, "bare-sigma"),
      base: "./",
      configFile: false,
      logLevel: "warn",
      build: { outDir: join(work, "bare"), emptyOutDir: true },
    });
    const viewer = await serve(work, { viewerDir });
    servers.push(viewer);
    const bare = await serve(work, { viewerDir: join(work, "bare") });
    servers.push(bare);

    // Bare first, then the viewer: any warm-up of the browser favours the viewer only slightly,
    // and the order is the same in every run.
    const b = await measure(browser.context.newPage(), bare.url, "__bare", opts, false);
    const v = await measure(browser.context.newPage(), viewer.url, "__newsgraph", opts, true);

    const size = `${opts.nodes} nodes, ${opts.edges} edges`;
    const rows: Row[] = [
      { name: "viewer: load → first frame", value: v.firstFrameMs, unit: "ms", note: size },
      { name: "bare sigma: load → first frame", value: b.firstFrameMs, unit: "ms", note: size },
      { name: "first frame ratio viewer/bare", value: v.firstFrameMs / b.firstFrameMs, unit: "×" },
      { name: "viewer: script per frame, camera moving", value: v.moveScriptPerFrameMs, unit: "ms", note: `${v.moveFrames} frames` },
      { name: "bare sigma: script per frame, camera moving", value: b.moveScriptPerFrameMs, unit: "ms", note: `${b.moveFrames} frames` },
      { name: "camera ratio viewer/bare", value: v.moveScriptPerFrameMs / b.moveScriptPerFrameMs, unit: "×", note: "target ≤ 1.25" },
      { name: "viewer: script per frame, hovering", value: v.hoverScriptPerFrameMs, unit: "ms" },
      { name: "bare sigma: script per frame, hovering", value: b.hoverScriptPerFrameMs, unit: "ms" },
      { name: "hover ratio viewer/bare", value: v.hoverScriptPerFrameMs / b.hoverScriptPerFrameMs, unit: "×", note: "target ≤ 1.25" },
      { name: "viewer: hover response script", value: v.hoverScriptPerHoverMs, unit: "ms", note: "per hover, target < 50" },
      { name: "bare sigma: hover response script", value: b.hoverScriptPerHoverMs, unit: "ms", note: "per hover" },
    ];
    if (v.filterScriptMs !== null) {
      rows.push({ name: "viewer: filter response script", value: v.filterScriptMs, unit: "ms", note: "type off + on, each, target < 50" });
    }
    return rows;
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    await rm(work, { recursive: true, force: true });
  }
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0;
}

async function measure(
  pagePromise: Promise<Page>,
  url: string,
  handle: "__bare" | "__newsgraph",
  opts: ViewerBenchOptions,
  isViewer: boolean,
): Promise<Measure> {
  const page = await pagePromise;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForFunction((h) => (window as any)[h]?.ready !== undefined, handle, { timeout: 120_000 });
  // The same definition for both pages: the handle's ready (graph loaded, sigma built), then the
  // next animation frame, i.e. the first frame that shows the graph.
  const firstFrameMs = await page.evaluate(async (h) => {
    await (window as any)[h].ready;
    await new Promise((ok) => requestAnimationFrame(ok));
    return performance.now();
  }, handle);
  await page.evaluate((h) => {
    const w = window as any;
    w.__frames = 0;
    w[h].sigma.on("afterRender", () => (w.__frames += 1));
  }, handle);
  const frames = () => page.evaluate(() => (window as any).__frames as number);
  await settle(page);

  // Camera: pan across the graph and zoom in and out, as a user exploring it would.
  let s0 = await scriptSeconds(cdp);
  let f0 = await frames();
  await page.evaluate(
    async ({ h, ms }) => {
      const camera = (window as any)[h].sigma.getCamera();
      const steps = [
        { x: 0.3, y: 0.3, ratio: 0.5 },
        { x: 0.7, y: 0.4, ratio: 0.3 },
        { x: 0.6, y: 0.7, ratio: 0.8 },
        { x: 0.5, y: 0.5, ratio: 1 },
      ];
      for (const step of steps) await camera.animate(step, { duration: ms / steps.length });
    },
    { h: handle, ms: opts.moveMs },
  );
  let s1 = await scriptSeconds(cdp);
  let f1 = await frames();
  const moveFrames = f1 - f0;
  const moveScriptPerFrameMs = ((s1 - s0) * 1000) / Math.max(1, moveFrames);
  await settle(page);

  // Hover: the largest nodes that are on screen and not under the viewer's panels.
  const points: { x: number; y: number }[] = await page.evaluate(
    ({ h, n }) => {
      const sigma = (window as any)[h].sigma;
      const graph = sigma.getGraph();
      const box = sigma.getContainer().getBoundingClientRect();
      const found: { x: number; y: number; size: number }[] = [];
      graph.forEachNode((key: string, a: { x: number; y: number }) => {
        const at = sigma.graphToViewport(a);
        const x = box.left + at.x;
        const y = box.top + at.y;
        if (x < box.left + 20 || y < box.top + 20 || x > box.right - 20 || y > box.bottom - 20) return;
        if (!sigma.getContainer().contains(document.elementFromPoint(x, y))) return;
        found.push({ x, y, size: sigma.getNodeDisplayData(key)?.size ?? 0 });
      });
      return found.sort((a, b) => b.size - a.size).slice(0, n).map(({ x, y }) => ({ x, y }));
    },
    { h: handle, n: opts.hovers },
  );
  s0 = await scriptSeconds(cdp);
  f0 = await frames();
  for (const p of points) {
    await page.mouse.move(p.x, p.y);
    await settle(page);
  }
  s1 = await scriptSeconds(cdp);
  f1 = await frames();
  const hoverScript = (s1 - s0) * 1000;
  const hoverScriptPerFrameMs = hoverScript / Math.max(1, f1 - f0);
  const hoverScriptPerHoverMs = hoverScript / Math.max(1, points.length);

  let filterScriptMs: number | null = null;
  if (isViewer) filterScriptMs = await measureFilter(page, cdp);
  await page.close();
  return { firstFrameMs, moveScriptPerFrameMs, moveFrames, hoverScriptPerFrameMs, hoverScriptPerHoverMs, filterScriptMs };
}

/** Turns the first entity type off and on again with its checkbox; script time per change. */
async function measureFilter(page: Page, cdp: CDPSession): Promise<number | null> {
  const box = page.locator('input[type="checkbox"][data-entity-type]').first();
  if ((await box.count()) === 0) return null;
  await page.mouse.move(0, 0);
  await settle(page);
  const s0 = await scriptSeconds(cdp);
  await box.click();
  await settle(page);
  await box.click();
  await settle(page);
  const s1 = await scriptSeconds(cdp);
  return ((s1 - s0) * 1000) / 2;
}

/** Two animation frames: the one the last input scheduled, and the one proving it is done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
  );
}

function printRows(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = r.unit === "×" ? r.value.toFixed(2) : r.value.toFixed(1);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit.padEnd(2)}  ${r.note ?? ""}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const options: Partial<ViewerBenchOptions> = {};
  const nodes = arg("nodes");
  const edges = arg("edges");
  if (nodes) options.nodes = nodes;
  if (edges) options.edges = edges;
  benchViewer(options).then(printRows, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
