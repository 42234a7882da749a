/**
 * The viewer as an analyst's instrument (issue 16), in headless Chromium, on the build of a
 * seeded synthetic corpus (tests/e2e/corpus.ts: hundreds of invented people over five weeks),
 * big enough to crowd labels, carry links of weight far above graph.json's five pieces of
 * evidence, and make time windows mean something. Each test asserts what the user sees, and
 * checks it against graph.json, the evidence files or extractions.jsonl. Needs `npm run build`.
 */
import { execFile } from "node:child_process";
import { access, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceShardOf, evidenceShardPath } from "../../src/export/evidence-shards.js";
import { serve, type Serving } from "../../src/serve/index.js";
import { DEFAULT_APPEARANCE } from "../../viewer/src/appearance/settings.js";
import { launchBrowser, type Browser } from "./browser.js";
import { syntheticCorpus } from "./corpus.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTIFACTS = join(ROOT, "tests/artifacts");

/** The README's pictures of the analyst views, made by the tests below. */
const SHOTS = ["screenshot-labels.png", "screenshot-evidence.png", "screenshot-timeline.png", "screenshot-communities.png", "screenshot-tables.png", "screenshot-phone.png"];

/**
 * Where a view's picture is saved: the run's artifacts, copied over the README's picture in
 * viewer/ only with `UPDATE_SCREENSHOT=1 npm test`, so a test run leaves the work tree as it was.
 */
async function shot(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

afterAll(async () => {
  if (!process.env.UPDATE_SCREENSHOT) return;
  // A test filtered out of the run made no picture: the README keeps its last one.
  for (const name of SHOTS) await copyFile(join(ARTIFACTS, name), join(ROOT, "viewer", name)).catch(() => undefined);
});

interface Node {
  key: string;
  attributes: { label: string; entityType: string; mentions: number; community: number };
}
interface Edge {
  key: string;
  source: string;
  target: string;
  attributes: { kind: string; weight: number; dates?: Record<string, number> };
}
interface Extraction {
  id: string;
  date: string | null;
  url: string | null;
  source: string | null;
  mentions: { entity: string }[];
  references: { entity: string }[];
  quotes: { cue: string | null; speaker: string | null }[];
}

let out: string;
let server: Serving;
let browser: Browser;
let nodes: Node[];
let edges: Edge[];
let extractions: Extraction[];
let shards: number;
const label = new Map<string, string>();
/** Every request a page of these tests made to anywhere but the viewer's own server. */
const foreign: string[] = [];

beforeAll(async () => {
  for (const built of ["dist/cli.js", "viewer/dist/index.html"]) {
    await access(join(ROOT, built)).catch(() => {
      throw new Error(`newsgraph/e2e: ${built} is missing: run \`npm run build\` first (npm test does)`);
    });
  }
  out = await mkdtemp(join(tmpdir(), "newsgraph-analyst-"));
  const corpus = join(out, "corpus.jsonl");
  await writeFile(corpus, syntheticCorpus(240, 700).map((a) => JSON.stringify(a)).join("\n") + "\n");
  await run(process.execPath, [join(ROOT, "dist/cli.js"), "build", corpus, "--out", join(out, "build"), "--quiet", "--no-cache"], { cwd: ROOT });
  const graph = JSON.parse(await readFile(join(out, "build/graph.json"), "utf8")) as { nodes: Node[]; edges: Edge[]; attributes: { evidenceShards: number } };
  nodes = graph.nodes;
  edges = graph.edges;
  shards = graph.attributes.evidenceShards;
  for (const n of nodes) label.set(n.key, n.attributes.label);
  extractions = (await readFile(join(out, "build/extractions.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as Extraction);
  server = await serve(join(out, "build"));
  browser = await launchBrowser({ width: 1280, height: 800 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function open(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await Promise.race([
    page.evaluate(() => window.__newsgraph.ready),
    page.waitForTimeout(60_000).then(() => {
      throw new Error(`the viewer never drew: ${errors.join("; ") || "timeout"}`);
    }),
  ]);
  return page;
}

/** Labels drawn now, with their boxes on screen as sigma draws them (disc, then text to the right). */
async function labelsOnScreen(page: Page): Promise<{ key: string; x0: number; y0: number; x1: number; y1: number }[]> {
  await page.evaluate(() => window.__newsgraph.app.nextRender());
  return page.evaluate(({ font, size }) => {
    const sigma = window.__newsgraph.sigma!;
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = `${size}px ${font}`;
    return [...sigma.getNodeDisplayedLabels()].map((key) => {
      const d = sigma.getNodeDisplayData(key)!;
      const at = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      const half = Math.max(r, size * 0.65);
      return { key, x0: at.x - r, y0: at.y - half, x1: at.x + r + 3 + ctx.measureText(d.label as string).width, y1: at.y + half };
    });
  }, { font: DEFAULT_APPEARANCE.labelFont, size: DEFAULT_APPEARANCE.labelSize });
}

function overlaps(boxes: { x0: number; y0: number; x1: number; y1: number }[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) n++;
    }
  }
  return n;
}

/** Waits for the labeller (it places labels in the frame after a change) and for the camera to rest. */
async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForTimeout(ms);
  await page.waitForFunction(() => !window.__newsgraph.sigma!.getCamera().isAnimating(), undefined, { timeout: 10_000 });
}

async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.locator(selector).evaluate((input: HTMLInputElement, v) => {
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

describe("the viewer as an analyst's instrument, on a synthetic corpus", { timeout: 180_000 }, () => {
  it("is big enough to show the problems", () => {
    expect(nodes.length).toBeGreaterThan(400);
    expect(Math.max(...edges.map((e) => e.attributes.weight))).toBeGreaterThan(20);
  });

  it("labels as many nodes as asked, without overlap, again after a filter, and on focus the node first and its strongest neighbours", async () => {
    const page = await open();
    await settle(page);
    const budget = await page.evaluate(() => window.__newsgraph.app.getLabelBudget());
    let labels = await labelsOnScreen(page);
    expect(labels.length).toBeGreaterThanOrEqual(Math.min(20, budget));
    expect(labels.length).toBeLessThanOrEqual(budget);
    expect(overlaps(labels)).toBe(0);
    // The most mentioned node is labelled.
    const top = [...nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;
    expect(labels.map((l) => l.key)).toContain(top.key);
    await page.screenshot({ path: await shot("screenshot-labels.png") });

    // More labels when asked for.
    await setRange(page, "#label-budget", 80);
    await settle(page);
    const more = await labelsOnScreen(page);
    expect(more.length).toBeGreaterThan(labels.length);
    expect(more.length).toBeLessThanOrEqual(80);
    expect(overlaps(more)).toBe(0);

    // After a filter the labels are chosen among what is shown, as many as before.
    await page.locator('.legend-row[data-type="person"] input').uncheck();
    await settle(page, 800);
    labels = await labelsOnScreen(page);
    const shown = new Set(nodes.filter((n) => n.attributes.entityType !== "person").map((n) => n.key));
    expect(labels.every((l) => shown.has(l.key))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(Math.min(20, shown.size));
    await page.locator('.legend-row[data-type="person"] input').check();
    await settle(page, 800);

    // The filter's own frame already draws the labels it leaves: no frame of stale labels before them.
    const firstFrame = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const off = window.__newsgraph.app.on("render", () => {
            off();
            resolve([...window.__newsgraph.sigma!.getNodeDisplayedLabels()].sort());
          });
          window.__newsgraph.app.setFilters({ hiddenTypes: ["person"] }, { fit: false });
        }),
    );
    await settle(page, 800);
    expect(firstFrame).toEqual((await labelsOnScreen(page)).map((l) => l.key).sort());
    await page.evaluate(() => window.__newsgraph.app.setFilters({ hiddenTypes: [] }, { fit: false }));
    await settle(page, 800);

    // Focus on the hub: its own label, then only neighbours', heaviest links first, no overlap.
    await setRange(page, "#label-budget", 30);
    await page.evaluate((key) => window.__newsgraph.app.select(key), top.key);
    await settle(page);
    labels = await labelsOnScreen(page);
    const neighbours = new Set(edges.flatMap((e) => (e.source === top.key ? [e.target] : e.target === top.key ? [e.source] : [])));
    expect(labels.map((l) => l.key)).toContain(top.key);
    expect(labels.every((l) => l.key === top.key || neighbours.has(l.key))).toBe(true);
    expect(labels.length).toBeLessThanOrEqual(31);
    expect(neighbours.size).toBeGreaterThan(labels.length);
    expect(overlaps(labels)).toBe(0);
    await page.close();
  });

  it("opens a heavy link's evidence when it is clicked: every piece, paged, with outlet, date, title and a link to the article", async () => {
    const page = await open();
    // The heaviest link that is alone between its two ends (drawn straight, so its middle is on it).
    const pairs = new Map<string, number>();
    for (const e of edges) pairs.set([e.source, e.target].sort().join("|"), (pairs.get([e.source, e.target].sort().join("|")) ?? 0) + 1);
    const heavy = edges.filter((e) => pairs.get([e.source, e.target].sort().join("|")) === 1).sort((a, b) => b.attributes.weight - a.attributes.weight)[0]!;
    expect(heavy.attributes.weight).toBeGreaterThan(10);
    // Only the heaviest links stay drawn, so nothing crosses this one where the pointer goes.
    await page.evaluate((weight) => window.__newsgraph.app.setFilters({ minEdgeWeight: weight, hideIsolated: true }), heavy.attributes.weight);
    await page.evaluate(() => window.__newsgraph.app.fit());
    await settle(page, 800);
    // The middle of the link on screen.
    const point = await page.evaluate(({ s, t }) => {
      const sigma = window.__newsgraph.sigma!;
      const box = sigma.getContainer().getBoundingClientRect();
      const a = sigma.framedGraphToViewport(sigma.getNodeDisplayData(s)!);
      const b = sigma.framedGraphToViewport(sigma.getNodeDisplayData(t)!);
      return { x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
    }, { s: heavy.source, t: heavy.target });
    await page.mouse.move(point.x - 1, point.y);
    await page.mouse.move(point.x, point.y);
    // Hovered: the link is drawn darker and thicker (its isHovered state).
    await page.waitForFunction((key) => (window.__newsgraph.sigma as unknown as { getEdgeState(k: string): { isHovered: boolean } }).getEdgeState(key).isHovered, heavy.key, { timeout: 10_000 });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#panel[data-edge="${heavy.key}"] .edge-evidence[data-complete="true"]`, { timeout: 20_000 });

    const file = JSON.parse(await readFile(join(out, "build", evidenceShardPath(evidenceShardOf(heavy.key, shards))), "utf8")) as Record<string, { article: string; text: string }[]>;
    const unique = new Set(file[heavy.key]!.map((e) => `${e.article}\u0000${e.text}`));
    expect(unique.size).toBeGreaterThan(5);
    expect(Number(await page.locator(".edge-evidence").getAttribute("data-count"))).toBe(unique.size);
    await expect(page.locator(".edge-evidence .evidence-item").count()).resolves.toBe(Math.min(10, unique.size));
    const byId = new Map(extractions.map((x) => [x.id, x]));
    const firstPage = await page.locator(".edge-evidence .evidence-item").evaluateAll((items) =>
      items.map((li) => ({ article: li.getAttribute("data-article")!, outlet: li.querySelector(".outlet")?.textContent, href: li.querySelector("a.title")?.getAttribute("href"), date: li.querySelector(".date")?.textContent })),
    );
    for (const item of firstPage) {
      const source = byId.get(item.article)!;
      expect(item.outlet).toBe(source.source);
      expect(item.href).toBe(source.url);
      expect(item.date).toBeTruthy();
    }
    await page.screenshot({ path: await shot("screenshot-evidence.png") });
    await page.click('[data-action="evidence-next"]');
    await expect(page.locator(".page-status").textContent()).resolves.toMatch(/^Page 2 of \d+$/);
    const second = await page.locator(".edge-evidence .evidence-item").first().getAttribute("data-article");
    expect(second).toBeTruthy();
    await page.close();
  });

  it("shows a quotation with its speaker, its cue marked in the attributing sentence", async () => {
    const page = await open();
    const quote = edges.filter((e) => e.attributes.kind === "quote").sort((a, b) => b.attributes.weight - a.attributes.weight)[0]!;
    await page.evaluate((key) => window.__newsgraph.app.selectEdge(key), quote.key);
    await page.waitForSelector(`#panel[data-edge="${quote.key}"] .edge-evidence[data-complete="true"]`);
    const item = page.locator(".edge-evidence .evidence-item").first();
    await expect(item.locator(".speaker").textContent()).resolves.toContain(label.get(quote.source)!);
    const cues = new Set(extractions.flatMap((x) => x.quotes.map((q) => q.cue)).filter(Boolean));
    expect(cues.has(await item.locator("mark.cue").textContent())).toBe(true);
    await page.close();
  });

  it("counts a time window as extractions.jsonl does, cannot be inverted, sizes nodes and links for the window and plays", async () => {
    const page = await open();
    const days = await page.locator(".histogram .bar").evaluateAll((bars) => bars.map((b) => ({ date: b.getAttribute("data-date")!, count: Number(b.getAttribute("data-count")) })));
    const perDay = new Map<string, number>();
    for (const x of extractions) if (x.date) perDay.set(x.date, (perDay.get(x.date) ?? 0) + 1);
    for (const d of days) expect(d.count).toBe(perDay.get(d.date) ?? 0);

    // A link much heavier over the whole period than inside days 10–14, yet present in them.
    const windowWeight = (e: Edge) => Object.entries(e.attributes.dates ?? {}).filter(([d]) => d >= days[10]!.date && d <= days[14]!.date).reduce((sum, [, n]) => sum + n, 0);
    const thinner = edges.filter((e) => windowWeight(e) > 0 && e.attributes.weight >= 4 * windowWeight(e)).sort((a, b) => b.attributes.weight - a.attributes.weight)[0]!;
    expect(thinner).toBeDefined();
    const edgeSize = async (key: string) => {
      await page.evaluate(() => window.__newsgraph.app.nextRender());
      return page.evaluate((k) => window.__newsgraph.sigma!.getEdgeDisplayData(k)!.size, key);
    };
    const allDates = await edgeSize(thinner.key);

    await setRange(page, "#timeline-from", 10);
    await setRange(page, "#timeline-to", 14);
    await settle(page);
    const range = page.locator("#timeline-range");
    const from = (await range.getAttribute("data-from"))!;
    const to = (await range.getAttribute("data-to"))!;
    expect([from, to]).toEqual([days[10]!.date, days[14]!.date]);
    const inWindow = extractions.filter((x) => x.date && x.date >= from && x.date <= to);
    expect(Number(await range.getAttribute("data-articles"))).toBe(inWindow.length);
    // Nodes shown: those mentioned in the window (named or referred to), as extractions.jsonl has them.
    const mentioned = new Map<string, number>();
    for (const x of inWindow) for (const m of [...x.mentions, ...x.references]) mentioned.set(m.entity, (mentioned.get(m.entity) ?? 0) + 1);
    const inGraph = [...mentioned.keys()].filter((k) => label.has(k));
    expect(Number(await page.locator("#filter-summary").getAttribute("data-nodes"))).toBe(inGraph.length);
    // Sizes follow the window: the node most mentioned inside it is drawn at the largest size.
    const topInWindow = inGraph.sort((a, b) => mentioned.get(b)! - mentioned.get(a)!)[0]!;
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    const size = await page.evaluate((key) => window.__newsgraph.sigma!.getNodeDisplayData(key)!.size, topInWindow);
    expect(size).toBeCloseTo(DEFAULT_APPEARANCE.maxNodeSize, 0);
    // Link thickness follows the weight inside the window, on the scale of the whole graph's
    // weights (log: the legend's thickness key), to the tenth of a pixel the viewer rounds to.
    const look = DEFAULT_APPEARANCE.edges[thinner.attributes.kind as keyof typeof DEFAULT_APPEARANCE.edges];
    const maxWeight = Math.max(...edges.map((e) => e.attributes.weight));
    const thickness = (w: number) => look.minSize + (Math.log(w) / Math.log(maxWeight)) * (look.maxSize - look.minSize);
    expect(Math.abs(allDates - thickness(thinner.attributes.weight))).toBeLessThan(0.06);
    const inside = await edgeSize(thinner.key);
    expect(Math.abs(inside - thickness(windowWeight(thinner)))).toBeLessThan(0.06);
    expect(inside).toBeLessThan(allDates - 0.3);
    await page.screenshot({ path: await shot("screenshot-timeline.png") });

    // Dragging the start past the end pushes the end along: never an inverted range.
    await setRange(page, "#timeline-from", 20);
    await settle(page);
    expect(await range.getAttribute("data-from")).toBe(days[20]!.date);
    expect(await range.getAttribute("data-to")).toBe(days[20]!.date);

    // Play steps the window forward.
    await page.click('[data-action="timeline-play"]');
    await page.waitForFunction((start) => document.querySelector("#timeline-range")!.getAttribute("data-from")! > start, days[20]!.date, { timeout: 10_000 });
    await page.click('[data-action="timeline-play"]');
    // All dates: the link is as thick as before any window.
    await page.click('[data-action="timeline-all"]');
    await settle(page);
    expect(await edgeSize(thinner.key)).toBeCloseTo(allDates, 5);
    await page.close();
  });

  it("ranks suggestions by mentions with type and count, finds a misspelt name, and says when nothing matches or a filter hides it", async () => {
    const page = await open();
    const people = nodes.filter((n) => n.attributes.entityType === "person");
    const given = people.sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!.attributes.label.split(" ")[0]!;
    await page.fill("#search", given);
    const suggestions = await page.locator("#search-suggestions [data-key]").evaluateAll((items) => items.map((i) => ({ key: i.getAttribute("data-key")!, type: i.querySelector(".suggestion-type")!.textContent! })));
    const expected = nodes.filter((n) => n.attributes.label.toLowerCase().startsWith(given.toLowerCase())).sort((a, b) => b.attributes.mentions - a.attributes.mentions);
    expect(suggestions.map((s) => s.key)).toEqual(expected.slice(0, 8).map((n) => n.key));
    expect(suggestions[0]!.type).toBe(`person · ${expected[0]!.attributes.mentions} mentions`);

    // One letter swapped in the surname still finds the person.
    const target = expected[0]!.attributes.label;
    const [first, last] = target.split(" ") as [string, string];
    const typo = `${first} ${last[0]}${last[2]}${last[1]}${last.slice(3)}`;
    await page.fill("#search", typo);
    await expect(page.locator("#search-suggestions [data-key]").first().getAttribute("data-key")).resolves.toBe(expected[0]!.key);

    await page.fill("#search", "Xqzvv Wrrbl");
    await expect(page.locator("#search-feedback").getAttribute("data-state")).resolves.toBe("none");
    await expect(page.locator("#search-feedback").textContent()).resolves.toContain("No person, country or organization matches");

    await page.locator('.legend-row[data-type="person"] input').uncheck();
    await page.fill("#search", target);
    await expect(page.locator("#search-feedback").getAttribute("data-state")).resolves.toBe("hidden");
    await page.locator("#search-feedback button").dispatchEvent("mousedown");
    await page.waitForSelector(`#panel[data-node="${expected[0]!.key}"]`);
    expect(await page.evaluate(() => window.__newsgraph.app.getFilters().hiddenTypes)).toEqual([]);
    await page.close();
  });

  it("fits the camera to what a filter leaves, zooms and fits from buttons, drags nodes, and filters to a node's neighbourhood", async () => {
    const page = await open();
    const inside = async () =>
      page.evaluate(() => {
        const sigma = window.__newsgraph.sigma!;
        const { width, height } = sigma.getDimensions();
        const pts = [...window.__newsgraph.app.getVisible().nodes].map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!));
        const xs = pts.map((p) => p.x);
        const ys = pts.map((p) => p.y);
        return { width, height, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys), ratio: sigma.getCamera().getState().ratio };
      });
    // One community: a small part of the graph, which the camera then fills.
    const top = [...nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;
    const before = await inside();
    await page.evaluate((key) => window.__newsgraph.app.setFilters({ ego: key, egoDepth: 1 }), nodes.find((n) => n.attributes.mentions === 1)!.key);
    await page.waitForFunction(() => !window.__newsgraph.sigma!.getCamera().isAnimating() && window.__newsgraph.sigma!.getCamera().getState().ratio !== 1, undefined, { timeout: 10_000 }).catch(() => undefined);
    await settle(page, 1200);
    const after = await inside();
    expect(after.x0).toBeGreaterThanOrEqual(0);
    expect(after.y0).toBeGreaterThanOrEqual(0);
    expect(after.x1).toBeLessThanOrEqual(after.width);
    expect(after.y1).toBeLessThanOrEqual(after.height);
    expect(after.ratio).toBeLessThan(before.ratio);
    expect(Math.max((after.x1 - after.x0) / after.width, (after.y1 - after.y0) / after.height)).toBeGreaterThan(0.3);

    // Ego network from the panel: the node and its neighbours only.
    await page.evaluate(() => window.__newsgraph.app.resetFilters());
    await page.evaluate((key) => window.__newsgraph.app.select(key), top.key);
    await page.selectOption("#ego-depth", "1");
    await page.click('[data-action="ego"]');
    const neighbours = new Set(edges.flatMap((e) => (e.source === top.key ? [e.target] : e.target === top.key ? [e.source] : [])));
    await expect.poll(() => page.locator("#filter-summary").getAttribute("data-nodes")).toBe(String(neighbours.size + 1));
    await expect(page.locator("#filter-ego").textContent()).resolves.toContain(top.attributes.label);
    await page.click('[data-action="ego-clear"]');
    await expect.poll(() => page.locator("#filter-summary").getAttribute("data-nodes")).toBe(String(nodes.length));

    // Buttons (once the fit that follows the last filter change is done).
    await settle(page, 800);
    await settle(page, 100);
    const r0 = (await inside()).ratio;
    await page.click('[data-action="zoom-in"]');
    await settle(page, 600);
    expect((await inside()).ratio).toBeLessThan(r0);
    await page.click('[data-action="fit"]');
    await settle(page, 800);
    const fitted = await inside();
    expect(fitted.x0).toBeGreaterThanOrEqual(0);
    expect(fitted.x1).toBeLessThanOrEqual(fitted.width);

    // Drag a node: it stays where it is dropped.
    const lonely = nodes.find((n) => n.attributes.mentions === 1)!.key;
    const start = await page.evaluate((key) => {
      const sigma = window.__newsgraph.sigma!;
      const box = sigma.getContainer().getBoundingClientRect();
      const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      return { x: box.left + at.x, y: box.top + at.y, gx: window.__newsgraph.graph!.getNodeAttribute(key, "x") };
    }, lonely);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
    await page.mouse.up();
    const moved = await page.evaluate((key) => window.__newsgraph.graph!.getNodeAttribute(key, "x"), lonely);
    expect(moved).not.toBe(start.gx);
    await page.close();
  });

  it("names each community after its most mentioned member", async () => {
    const page = await open();
    const byCommunity = new Map<number, Node>();
    for (const n of nodes) {
      const best = byCommunity.get(n.attributes.community);
      if (!best || n.attributes.mentions > best.attributes.mentions) byCommunity.set(n.attributes.community, n);
    }
    const options = await page.locator("#filter-community option").allTextContents();
    const named = [...byCommunity.values()].filter((n) => options.some((o) => o.startsWith(`${n.attributes.label}'s community`)));
    expect(named.length).toBe(Math.min(byCommunity.size, 60));
    await page.close();
  });

  it("colours by community with a legend of named communities, and keys sizes and thicknesses", async () => {
    const page = await open();
    await page.selectOption("#color-by", "community");
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    const rows = await page.locator(".legend-communities [data-community]").evaluateAll((r) =>
      r.map((row) => ({ id: Number(row.getAttribute("data-community")), name: row.querySelector(".legend-name")!.textContent!, color: getComputedStyle(row.querySelector(".swatch")!).backgroundColor })),
    );
    expect(rows.length).toBeGreaterThan(1);
    // Each community's swatch is the colour its top member is drawn with, and names it.
    for (const row of rows.slice(0, 3)) {
      const members = nodes.filter((n) => n.attributes.community === row.id).sort((a, b) => b.attributes.mentions - a.attributes.mentions);
      expect(row.name).toBe(`${members[0]!.attributes.label}'s community`);
      const drawn = await page.evaluate((key) => window.__newsgraph.sigma!.getNodeDisplayData(key)!.color, members[0]!.key);
      const [r, g, b] = row.color.match(/\d+/g)!.map(Number);
      expect(drawn.toLowerCase()).toBe("#" + [r, g, b].map((n) => n!.toString(16).padStart(2, "0")).join(""));
    }
    // Size key: the largest value is drawn at the largest size; thickness key up to the heaviest link.
    const sizes = await page.locator(".legend-sizes .scale-row").evaluateAll((r) => r.map((row) => ({ value: Number(row.getAttribute("data-value")), px: Number(row.getAttribute("data-px")) })));
    expect(sizes.at(-1)!.value).toBe(Math.max(...nodes.map((n) => n.attributes.mentions)));
    expect(sizes.at(-1)!.px).toBeCloseTo(DEFAULT_APPEARANCE.maxNodeSize, 0);
    const widths = await page.locator(".legend-thickness .scale-row").evaluateAll((r) => r.map((row) => Number(row.getAttribute("data-value"))));
    expect(widths.at(-1)).toBe(Math.max(...edges.map((e) => e.attributes.weight)));
    await page.screenshot({ path: await shot("screenshot-communities.png") });
    await page.close();
  });

  it("lists the filtered nodes and links in sortable tables and exports them as CSV", async () => {
    const page = await open();
    await page.locator('.legend-row[data-type="person"] input').uncheck();
    await page.click('[data-action="tables"]');
    const firstRows = () => page.locator('[data-table="nodes"] tbody tr').evaluateAll((r) => r.slice(0, 5).map((row) => row.getAttribute("data-key")!));
    const shown = nodes.filter((n) => n.attributes.entityType !== "person").sort((a, b) => b.attributes.mentions - a.attributes.mentions || (a.key < b.key ? -1 : 1));
    expect(await firstRows()).toEqual(shown.slice(0, 5).map((n) => n.key));
    await expect(page.locator('[data-table="nodes"] tbody tr').count()).resolves.toBe(Math.min(500, shown.length));
    // Sorted by label when its header is clicked.
    await page.click('[data-table="nodes"] th[data-column="label"] button');
    const byLabel = [...shown].sort((a, b) => a.attributes.label.localeCompare(b.attributes.label) || (a.key < b.key ? -1 : 1));
    expect(await firstRows()).toEqual(byLabel.slice(0, 5).map((n) => n.key));
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="csv-nodes"]')]);
    const text = await readFile((await csv.path())!, "utf8");
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(shown.length + 1);
    await page.click('[role="tab"][data-tab="links"]');
    const heavy = await page.locator('[data-table="links"] tbody tr').first().getAttribute("data-key");
    const shownEdges = edges.filter((e) => shown.some((n) => n.key === e.source) && shown.some((n) => n.key === e.target));
    expect(heavy).toBe(shownEdges.sort((a, b) => b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : 1))[0]!.key);
    await page.screenshot({ path: await shot("screenshot-tables.png") });
    await page.close();
  });

  it("copies a link to the current view that opens it again, and exports GEXF with the canvas's look and the quotations", async () => {
    const page = await open();
    const top = [...nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;
    await page.evaluate((key) => window.__newsgraph.app.setFilters({ ego: key, egoDepth: 1 }), top.key);
    await page.selectOption("#color-by", "community");
    await page.click('[data-action="copy-link"]');
    const link = (await page.locator('[data-action="copy-link"]').getAttribute("data-url"))!;
    const params = new URL(link).searchParams;
    expect(params.get("ego")).toBe(top.key);
    expect(params.get("color")).toBe("community");
    const again = await browser.context.newPage();
    await again.goto(link);
    await again.waitForFunction(() => window.__newsgraph !== undefined);
    await again.evaluate(() => window.__newsgraph.ready);
    await expect(again.evaluate(() => [window.__newsgraph.app.getFilters().ego, window.__newsgraph.app.getColorBy()])).resolves.toEqual([top.key, "community"]);
    await again.close();

    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-gexf"]')]);
    const xml = await readFile((await gexf.path())!, "utf8");
    const drawn = await page.evaluate((key) => window.__newsgraph.sigma!.getNodeDisplayData(key)!.color, top.key);
    const node = new RegExp(`<node id="${top.key}"[\\s\\S]*?</node>`).exec(xml)![0];
    expect(node).toContain(`hex="${drawn.toLowerCase()}"`);
    expect(xml).toContain('<attribute id="quotations"');
    await page.close();
  });

  it("on a phone: labels and small nodes instead of a blob, the toolbar reachable, the tapped node clear of the drawer", async () => {
    const page = await open({ width: 390, height: 780 });
    await settle(page);
    const labels = await labelsOnScreen(page);
    expect(labels.length).toBeGreaterThanOrEqual(8);
    expect(overlaps(labels)).toBe(0);
    // Every tool can be scrolled to.
    const tools = await page.locator("#tools").evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth, overflow: getComputedStyle(t).overflowX }));
    expect(tools.scroll <= tools.client || tools.overflow === "auto").toBe(true);
    const top = [...nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions)[0]!;
    const at = await page.evaluate((key) => {
      const sigma = window.__newsgraph.sigma!;
      const box = sigma.getContainer().getBoundingClientRect();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      return { x: box.left + p.x, y: box.top + p.y };
    }, top.key);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(`#panel[data-node="${top.key}"]`);
    await settle(page, 900);
    const clear = await page.evaluate((key) => {
      const sigma = window.__newsgraph.sigma!;
      const box = sigma.getContainer().getBoundingClientRect();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      return { y: box.top + p.y, drawerTop: document.querySelector("#panel")!.getBoundingClientRect().top };
    }, top.key);
    expect(clear.y).toBeLessThan(clear.drawerTop);
    await page.screenshot({ path: await shot("screenshot-phone.png") });
    await page.close();
  });

  // Last: the pages of every test above (evidence opened, exports, tables, the phone) are heard.
  it("loads nothing from outside its own server", () => {
    expect(foreign).toEqual([]);
  });
});
