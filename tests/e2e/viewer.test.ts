/**
 * The viewer in a real browser (headless Chromium, WebGL through SwiftShader) on the graph the
 * CLI builds from seeds/, served by `serve()`. Needs `npm run build` first (npm test does it).
 */
import { execFile } from "node:child_process";
import { access, copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type Serving } from "../../src/serve/index.js";
import { DEFAULT_APPEARANCE } from "../../viewer/src/appearance/settings.js";
import { launchBrowser, type Browser } from "./browser.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCHEMA = join(ROOT, "tests/fixtures/gexf/1.3-vizfix/gexf.xsd");
const ARTIFACTS = join(ROOT, "tests/artifacts");

interface SerializedNode {
  key: string;
  attributes: { entityType: string; label: string; x: number; y: number; quotes: number; mentions: number };
}

/** A small foreign-looking GEXF: two people and an organization, a directed quote, a self-loop. */
const SMALL_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="entityType" title="entityType" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
    </attributes>
    <nodes>
      <node id="person:ada-quill" label="Ada Quill"><attvalues><attvalue for="entityType" value="person"/><attvalue for="mentions" value="4"/></attvalues><viz:position x="0" y="0"/><viz:size value="10"/></node>
      <node id="person:bo-marsh" label="Bo Marsh"><attvalues><attvalue for="entityType" value="person"/><attvalue for="mentions" value="2"/></attvalues><viz:position x="100" y="40"/><viz:size value="6"/></node>
      <node id="org:harbour-council" label="Harbour Council"><attvalues><attvalue for="entityType" value="organization"/><attvalue for="mentions" value="3"/></attvalues><viz:position x="50" y="-80"/><viz:size value="8"/></node>
    </nodes>
    <edges>
      <edge id="q1" source="person:ada-quill" target="org:harbour-council" kind="quote" weight="1"/>
      <edge id="c1" source="person:ada-quill" target="person:bo-marsh" type="undirected" kind="cooccurrence" weight="2"/>
      <edge id="s1" source="org:harbour-council" target="org:harbour-council" kind="cites" weight="1"/>
    </edges>
  </graph>
</gexf>`;

let out: string;
let server: Serving;
let browser: Browser;
let nodes: SerializedNode[];
let edgeCount: number;
let edgeWeights: number[];
let edgeKinds: string[];
/** Each node's neighbours, whatever the link kind or direction. */
const neighbours = new Map<string, Set<string>>();
const quoteCount = () => edgeKinds.filter((k) => k === "quote").length;

beforeAll(async () => {
  for (const built of ["dist/cli.js", "viewer/dist/index.html"]) {
    await access(join(ROOT, built)).catch(() => {
      throw new Error(`newsgraph/e2e: ${built} is missing: run \`npm run build\` first (npm test does)`);
    });
  }
  out = await mkdtemp(join(tmpdir(), "newsgraph-e2e-"));
  await run(process.execPath, [join(ROOT, "dist/cli.js"), "build", join(ROOT, "seeds"), "--out", out, "--quiet"], { cwd: ROOT });
  const graph = JSON.parse(await readFile(join(out, "graph.json"), "utf8")) as {
    nodes: SerializedNode[];
    edges: { source: string; target: string; attributes: { weight: number; kind: string } }[];
  };
  nodes = graph.nodes;
  edgeCount = graph.edges.length;
  edgeWeights = graph.edges.map((e) => e.attributes.weight);
  edgeKinds = graph.edges.map((e) => e.attributes.kind);
  for (const { source, target } of graph.edges) {
    for (const [a, b] of [[source, target], [target, source]] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }
  server = await serve(out);
  browser = await launchBrowser({ width: 1200, height: 800 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function open(query = "", viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.__newsgraph !== undefined);
  await Promise.race([
    page.evaluate(() => window.__newsgraph.ready),
    page.waitForTimeout(45_000).then(() => {
      throw new Error(`the viewer never drew: ${errors.join("; ") || "timeout"}`);
    }),
  ]);
  return page;
}

/** Pixels of the drawn graph that are not blank, and those close to a given colour. */
async function canvasPixels(page: Page, color?: string): Promise<{ drawn: number; matching: number }> {
  return page.evaluate(
    (hex) =>
      new Promise<{ drawn: number; matching: number }>((resolve) => {
        const sigma = window.__newsgraph.sigma!;
        // The WebGL buffer is only readable in the task that drew it: read it right after
        // sigma's next frame. A plain render, not a refresh: a refresh rebuilds sigma's
        // buffers and would hide what the filters left stale.
        sigma.once("afterRender", () => {
          const stage = sigma.getStageCanvas();
          const copy = document.createElement("canvas");
          copy.width = stage.width;
          copy.height = stage.height;
          const ctx = copy.getContext("2d")!;
          ctx.drawImage(stage, 0, 0);
          const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
          const want = hex ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
          let drawn = 0;
          let matching = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3]! < 32) continue;
            drawn++;
            if (want && Math.abs(data[i]! - want[0]!) < 12 && Math.abs(data[i + 1]! - want[1]!) < 12 && Math.abs(data[i + 2]! - want[2]!) < 12) matching++;
          }
          resolve({ drawn, matching });
        });
        sigma.scheduleRender();
      }),
    color ?? null,
  );
}

/** Where nodes are drawn, in page coordinates. */
async function nodePoints(page: Page, keys: string[]): Promise<{ x: number; y: number }[]> {
  return page.evaluate((wanted) => {
    const sigma = window.__newsgraph.sigma!;
    const box = sigma.getContainer().getBoundingClientRect();
    return wanted.map((key) => {
      const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      return { x: box.left + at.x, y: box.top + at.y };
    });
  }, keys);
}

/** The colours drawn at page points, read after sigma's next frame, as [r, g, b]. */
async function colorsAt(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate(
    (wanted) =>
      new Promise<number[][]>((resolve) => {
        const sigma = window.__newsgraph.sigma!;
        sigma.once("afterRender", () => {
          const stage = sigma.getStageCanvas();
          const box = sigma.getContainer().getBoundingClientRect();
          const scale = stage.width / box.width;
          const copy = document.createElement("canvas");
          copy.width = stage.width;
          copy.height = stage.height;
          const ctx = copy.getContext("2d")!;
          ctx.drawImage(stage, 0, 0);
          resolve(
            wanted.map(({ x, y }) => {
              const [r, g, b, a] = ctx.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
              // The stage is transparent where nothing is drawn; the page behind it is white.
              const alpha = a! / 255;
              return [r!, g!, b!].map((c) => Math.round(c + 255 * (1 - alpha)));
            }),
          );
        });
        sigma.scheduleRender();
      }),
    points,
  );
}

async function legendColor(page: Page, type: string): Promise<string> {
  const rgb = await page.locator(`.legend-row[data-type="${type}"] .swatch`).evaluate((e) => getComputedStyle(e).backgroundColor);
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return "#" + [r, g, b].map((n) => n!.toString(16).padStart(2, "0")).join("");
}

async function download(page: Page, action: string, path: string): Promise<void> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-action="${action}"]`)]);
  await file.saveAs(path);
}

function countBy(items: SerializedNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of items) counts.set(n.attributes.entityType, (counts.get(n.attributes.entityType) ?? 0) + 1);
  return counts;
}

// SwiftShader draws on the CPU: on a loaded machine one page load can take half a minute.
describe("viewer on the seed graph", { timeout: 150_000 }, () => {
  it("draws the graph, with a legend counting each type as graph.json does, and saves a screenshot", async () => {
    const page = await open();
    const { drawn } = await canvasPixels(page);
    expect(drawn).toBeGreaterThan(2000);
    for (const [type, count] of countBy(nodes)) {
      await expect(page.locator(`.legend-row[data-type="${type}"]`).getAttribute("data-count")).resolves.toBe(String(count));
    }
    await expect(page.locator("#status").textContent()).resolves.toContain(`${nodes.length} nodes`);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "seed-view.png") });
    await page.close();
  });

  it('finds "Putin" from the keyboard and opens his panel with quotes and evidence', async () => {
    const page = await open();
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search");
    await page.keyboard.type("Putin");
    await page.locator("#search-suggestions li").first().waitFor();
    await page.keyboard.press("Enter");
    const panel = page.locator("#panel");
    await panel.waitFor({ state: "visible" });
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(/Putin/);
    const putin = nodes.find((n) => /putin/i.test(n.attributes.label))!;
    expect(putin.attributes.quotes).toBeGreaterThan(0);
    await expect(panel.locator(".quotations .evidence li").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "seed-putin-panel.png") });
    // Every link opens onto its evidence: sentences with the article they come from.
    await panel.locator(".neighbour .link").first().click();
    await panel.locator('.edge-evidence[data-complete="true"]').waitFor();
    await expect(panel.locator(".edge-evidence .evidence li blockquote").first().textContent()).resolves.toMatch(/\w{3}/);
    await expect(panel.locator(".edge-evidence .evidence .source .title").first().textContent()).resolves.toMatch(/\w/);
    await page.close();
  });

  it("keeps a hovered node's neighbourhood in colour and fades the rest, until the pointer leaves", async () => {
    const page = await open();
    const bySize = [...nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions);
    const focus = [...neighbours.keys()].sort((a, b) => neighbours.get(b)!.size - neighbours.get(a)!.size)[0]!;
    const near = bySize.filter((n) => neighbours.get(focus)!.has(n.key)).slice(0, 3).map((n) => n.key);
    const far = bySize.filter((n) => n.key !== focus && !neighbours.get(focus)!.has(n.key)).slice(0, 3).map((n) => n.key);
    expect(near.length).toBe(3);
    expect(far.length).toBeGreaterThan(0);
    const points = await nodePoints(page, [...near, ...far]);
    const lightness = (rgb: number[]) => rgb.reduce((sum, c) => sum + c, 0) / 3;
    const before = await colorsAt(page, points);

    const [at] = await nodePoints(page, [focus]);
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction((key) => window.__newsgraph.sigma!.getNodeState(key).isHighlighted, focus);
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    const during = await colorsAt(page, points);
    // A neighbour may sit under the hovered node's label box: most of them keep their colour.
    const kept = near.filter((_k, i) => Math.abs(lightness(during[i]!) - lightness(before[i]!)) < 12);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    far.forEach((_k, i) => expect(lightness(during[near.length + i]!)).toBeGreaterThan(lightness(before[near.length + i]!) + 40));

    await page.mouse.move(2, 2);
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    const after = await colorsAt(page, points);
    after.forEach((rgb, i) => expect(Math.abs(lightness(rgb) - lightness(before[i]!))).toBeLessThan(12));
    await page.close();
  });

  it("hides a type's nodes from the picture when its box is unticked", async () => {
    const page = await open();
    const color = await legendColor(page, "country");
    const before = await canvasPixels(page, color);
    expect(before.matching).toBeGreaterThan(50);
    await page.locator('.legend-row[data-type="country"] input[type="checkbox"]').uncheck();
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    const after = await canvasPixels(page, color);
    expect(after.matching).toBeLessThan(before.matching * 0.05);
    await expect(page.locator('.legend-row[data-type="country"]').getAttribute("data-shown")).resolves.toBe("0");
    await page.close();
  });

  it("takes a link kind's lines out of the picture when its box is unticked, and brings them back", async () => {
    const page = await open();
    const quote = DEFAULT_APPEARANCE.edges.quote.color;
    const before = await canvasPixels(page, quote);
    expect(before.matching).toBeGreaterThan(30);
    const box = page.locator('.legend-row[data-kind="quote"] input[type="checkbox"]');
    await box.uncheck();
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    expect((await canvasPixels(page, quote)).matching).toBeLessThan(before.matching * 0.05);
    await expect(page.locator("#filter-summary").getAttribute("data-edges")).resolves.toBe(String(edgeCount - quoteCount()));
    await box.check();
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    // Labels placed again after the filter may cover a few lines they did not before.
    expect((await canvasPixels(page, quote)).matching).toBeGreaterThan(before.matching * 0.75);
    await page.close();
  });

  it("hides the links of a hidden type, and shows them again even after sigma rebuilt its buffers", async () => {
    const page = await open();
    const quote = DEFAULT_APPEARANCE.edges.quote.color;
    const before = await canvasPixels(page, quote);
    // Every quote link starts at a person, its speaker.
    const people = page.locator('.legend-row[data-type="person"] input[type="checkbox"]');
    await people.uncheck();
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    expect((await canvasPixels(page, quote)).matching).toBeLessThan(before.matching * 0.05);
    // A layout step or an export makes sigma reprocess everything while the people are hidden.
    await page.evaluate(() => window.__newsgraph.sigma!.refresh());
    await people.check();
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    expect((await canvasPixels(page, quote)).matching).toBeGreaterThan(before.matching * 0.9);
    await page.close();
  });

  it("drops the lighter links as the minimum link weight rises", async () => {
    const page = await open();
    const weights = edgeWeights.filter((w) => w > 1);
    expect(weights.length).toBeGreaterThan(0);
    const drawn = (await canvasPixels(page)).drawn;
    await page.locator("#filter-min-weight").fill("2");
    await page.waitForFunction((n) => document.querySelector("#filter-summary")?.getAttribute("data-edges") === String(n), weights.length);
    await page.evaluate(() => window.__newsgraph.app.nextRender());
    expect((await canvasPixels(page)).drawn).toBeLessThan(drawn);
    await page.close();
  });

  it("moves and zooms the view from the keyboard once the graph has focus", async () => {
    const page = await open();
    const camera = () => page.evaluate(() => window.__newsgraph.sigma!.getCamera().getState());
    const settled = () => page.waitForFunction(() => !window.__newsgraph.sigma!.getCamera().isAnimating());
    await page.focus("#graph");
    const start = await camera();
    await page.keyboard.press("ArrowRight");
    await settled();
    expect((await camera()).x).toBeGreaterThan(start.x);
    await page.keyboard.press("+");
    await settled();
    expect((await camera()).ratio).toBeLessThan(start.ratio);
    await page.keyboard.press("0");
    await settled();
    expect(await camera()).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
    await page.close();
  });

  it("fits a phone screen: the graph takes the width, filters and details are drawers", async () => {
    const page = await open("", { width: 390, height: 800 });
    const box = (selector: string) => page.locator(selector).boundingBox();
    expect((await box("#graph"))!.width).toBeGreaterThan(380);
    const sidebar = () => page.evaluate(() => document.getElementById("sidebar")!.getBoundingClientRect().right);
    expect(await sidebar()).toBeLessThanOrEqual(0);
    await page.click("#toggle-sidebar");
    await page.waitForFunction(() => document.getElementById("sidebar")!.getBoundingClientRect().left >= 0);
    await expect(page.locator('.legend-row[data-type="person"] input').isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.getElementById("sidebar")!.getBoundingClientRect().right <= 0);
    await page.keyboard.press("/");
    await page.keyboard.type("Putin");
    await page.locator("#search-suggestions li").first().waitFor();
    await page.keyboard.press("Enter");
    const panel = (await box("#panel"))!;
    expect(panel.y + panel.height).toBeCloseTo(800, -1);
    // The chosen node is centred in the part of the stage the drawer leaves visible.
    await page.waitForFunction(() => !window.__newsgraph.sigma!.getCamera().isAnimating());
    const at = await page.evaluate(() => {
      const { sigma, graph, app } = window.__newsgraph;
      return sigma!.graphToViewport(graph!.getNodeAttributes(app.getSelected()!));
    });
    const stage = (await box("#graph"))!;
    expect(stage.y + at.y).toBeLessThan(panel.y);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "seed-phone.png") });
    await page.close();
  });

  it("replaces the graph with a dropped GEXF file", async () => {
    const page = await open();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "small.gexf", { type: "application/xml" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, SMALL_GEXF);
    await page.waitForFunction(() => window.__newsgraph.graph?.order === 3);
    await expect(page.locator("#status").textContent()).resolves.toContain("3 nodes");
    await expect(page.locator('.legend-row[data-type="person"]').getAttribute("data-count")).resolves.toBe("2");
    await page.keyboard.press("/");
    await page.keyboard.type("Harbour");
    await page.locator("#search-suggestions li").first().waitFor();
    await page.keyboard.press("Enter");
    await expect(page.locator("#panel-title").textContent()).resolves.toContain("Harbour Council");
    await page.close();
  });

  it("loads the pipeline's GEXF given as ?graph=URL, evidence included", async () => {
    const page = await open("?graph=graph.gexf");
    await expect(page.locator("#status").textContent()).resolves.toContain(`graph.gexf: ${nodes.length} nodes`);
    const putin = nodes.find((n) => /putin/i.test(n.attributes.label))!;
    await page.evaluate((key) => window.__newsgraph.app.select(key), putin.key);
    await page.locator("#panel .neighbour .link").first().click();
    await expect(page.locator("#panel .edge-evidence .evidence li blockquote").first().textContent()).resolves.toMatch(/\w{3}/);
    await page.close();
  });

  it("exports the filtered view as GEXF that validates and opens again", async () => {
    const page = await open();
    await page.locator('.legend-row[data-type="country"] input[type="checkbox"]').uncheck();
    const file = join(out, "view.gexf");
    await download(page, "export-gexf", file);
    const { stderr } = await run("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file]).catch((error: { stderr: string }) => {
      throw new Error(`exported GEXF is not schema-valid:\n${error.stderr}`);
    });
    expect(stderr).toContain("validates");
    const gexf = await readFile(file, "utf8");
    const kept = nodes.filter((n) => n.attributes.entityType !== "country");
    expect(gexf.match(/<node /g)?.length).toBe(kept.length);
    expect(gexf).not.toContain('value="country"');
    expect(gexf.match(/<edge /g)?.length ?? 0).toBeLessThan(edgeCount);

    // The file comes back with its evidence: drop it on a fresh viewer.
    const text = gexf;
    const again = await open();
    await again.evaluate((t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], "view.gexf"));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await again.waitForFunction((n) => window.__newsgraph.graph?.order === n, kept.length);
    const evidence = await again.evaluate(() => {
      let count = 0;
      window.__newsgraph.graph!.forEachEdge((_k, a) => (count += a.evidence.length));
      return count;
    });
    expect(evidence).toBeGreaterThan(0);
    await page.close();
    await again.close();
  });

  it("exports the picture as a PNG at 2× and 4× the stage, with title, caption and legend bands, and as SVG", async () => {
    const page = await open();
    const stage = await page.evaluate(() => {
      const c = window.__newsgraph.sigma!.getContainer();
      return [c.offsetWidth, c.offsetHeight];
    });
    for (const k of [2, 4]) {
      await page.selectOption("#png-scale", String(k));
      const file = join(out, `view-${k}.png`);
      await download(page, "export-png", file);
      const png = await readFile(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(k * stage[0]!);
      // The stage, plus the title band above and the caption and legend bands below.
      expect(png.readUInt32BE(20)).toBeGreaterThan(k * stage[1]!);
    }
    // The stage is drawn at its own size again afterwards.
    await expect(page.evaluate(() => window.__newsgraph.sigma!.getStageCanvas().width)).resolves.toBe(stage[0]);
    const svgFile = join(out, "view.svg");
    await download(page, "export-svg", svgFile);
    const svg = await readFile(svgFile, "utf8");
    expect(svg.match(/<circle /g)?.length).toBe(nodes.length);
    expect(svg.match(/<line /g)?.length).toBe(edgeCount);
    await page.close();
  });

  it("restores selection, filters and camera from a shared link, and keeps the link current", async () => {
    const putin = nodes.find((n) => /putin/i.test(n.attributes.label))!;
    const page = await open(`?node=${encodeURIComponent(putin.key)}&hide=country&size=pagerank&cam=0.45,0.55,0.7`);
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(/Putin/);
    await expect(page.locator('.legend-row[data-type="country"] input').isChecked()).resolves.toBe(false);
    await expect(page.locator("#size-by").inputValue()).resolves.toBe("pagerank");
    const camera = await page.evaluate(() => window.__newsgraph.sigma!.getCamera().getState());
    expect(camera).toMatchObject({ x: 0.45, y: 0.55, ratio: 0.7 });

    await page.locator('.legend-row[data-type="organization"] input[type="checkbox"]').uncheck();
    await page.locator("#panel .close").click();
    // The address bar is rewritten once changes pause.
    await page.waitForFunction(() => {
      const params = new URLSearchParams(location.search);
      return params.get("hide")?.includes("organization") && !params.has("node");
    });
    const params = new URL(page.url()).searchParams;
    expect(params.get("node")).toBeNull();
    expect(params.get("hide")?.split(",").sort()).toEqual(["country", "organization"]);
    await page.close();
  });

  it("runs ForceAtlas2 in a worker, and resets to the pipeline's layout", async () => {
    const page = await open();
    const positions = () =>
      page.evaluate(() => {
        const at: Record<string, [number, number]> = {};
        window.__newsgraph.graph!.forEachNode((key, a) => (at[key] = [a.x, a.y]));
        return at;
      });
    const start = await positions();
    await page.click('[data-action="layout-run"]');
    await expect(page.locator('[data-action="layout-run"]').getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForFunction(
      (first) => {
        let moved = 0;
        window.__newsgraph.graph!.forEachNode((key, a) => {
          if (Math.abs(a.x - first[key]![0]) > 1e-6) moved++;
        });
        return moved > 0;
      },
      start,
      { timeout: 20_000 },
    );
    await page.click('[data-action="layout-run"]');
    await expect(page.locator('[data-action="layout-run"]').getAttribute("aria-pressed")).resolves.toBe("false");
    await page.click('[data-action="layout-noverlap"]');
    await page.click('[data-action="layout-reset"]');
    expect(await positions()).toEqual(start);
    await page.close();
  });
});

/** Keeps the README's picture in step with the viewer: `UPDATE_SCREENSHOT=1 npm test`. */
afterAll(async () => {
  if (process.env.UPDATE_SCREENSHOT) await copyFile(join(ARTIFACTS, "seed-view.png"), join(ROOT, "viewer/screenshot.png"));
});

declare global {
  interface Window {
    __newsgraph: {
      app: { nextRender(): Promise<void>; select(key: string | null): void };
      readonly sigma: { getStageCanvas(): HTMLCanvasElement; refresh(): unknown; getCamera(): { getState(): { x: number; y: number; ratio: number } } } | null;
      readonly graph: {
        order: number;
        forEachNode(cb: (key: string, a: { x: number; y: number }) => void): void;
        forEachEdge(cb: (key: string, a: { evidence: unknown[] }) => void): void;
      } | null;
      ready: Promise<void>;
    };
  }
}
