import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { write as writeGexf } from "graphology-gexf/browser";

export interface ViewFilter {
  /** Whether a node is in the current view; absent: every node is. */
  node?: (key: string, attributes: Attributes) => boolean;
  /** Whether an edge is in the current view (its ends are checked anyway); absent: every edge is. */
  edge?: (key: string, attributes: Attributes) => boolean;
}

/** How an item is drawn on the canvas: the export writes the same look (appearance/ is its one source). */
export interface DrawnLook {
  node(key: string): { color: string; size: number } | null;
  edge(key: string): { color: string; size: number } | null;
}

/**
 * The current view as GEXF 1.3: what is filtered out is left out, positions are the current
 * ones. Written as the pipeline writes it, so Gephi reads the same attributes and the viewer can
 * open the file again: kind on every edge, lists joined by "|", evidence, quotations and
 * per-date counts as JSON text, look in viz: elements — with `look`, the colours and sizes the
 * canvas draws, so the file shows what the picture showed (edge size → thickness: an edge
 * viz:size is invalid GEXF).
 */
export function viewToGexf(graph: Graph, filter: ViewFilter = {}, look: DrawnLook | null = null): string {
  const kept = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (!filter.node || filter.node(key, attrs)) kept.add(key);
  });
  const view = graph.nullCopy();
  graph.forEachNode((key, attrs) => {
    if (kept.has(key)) view.addNode(key, attrs);
  });
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    if (!kept.has(source) || !kept.has(target)) return;
    if (filter.edge && !filter.edge(key, attrs)) return;
    if (undirected) view.addUndirectedEdgeWithKey(key, source, target, attrs);
    else view.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  return writeGexf(view, {
    version: "1.3",
    pedantic: true,
    formatNode: (key, a) => {
      const drawn = look?.node(key) ?? null;
      const color = drawn && isHex(drawn.color) ? drawn.color : isHex(a.color) ? a.color : null;
      return {
        label: String(a.label ?? key),
        viz: { x: num(a.x), y: num(a.y), size: drawn ? num(drawn.size) : num(a.size), ...(color ? { color } : {}) },
        attributes: {
          entityType: a.entityType,
          aliases: Array.isArray(a.aliases) ? a.aliases.join("|") : a.aliases,
          mentions: a.mentions,
          documents: a.documents,
          quotes: a.quotes,
          firstDate: a.firstDate ?? "",
          lastDate: a.lastDate ?? "",
          pagerank: a.pagerank,
          community: a.community,
          degree: a.degree,
          weightedDegree: a.weightedDegree,
          quotations: JSON.stringify(a.quotations ?? []),
          dates: JSON.stringify(a.dates ?? {}),
        },
      };
    },
    formatEdge: (key, a) => {
      const drawn = look?.edge(key) ?? null;
      return {
        kind: a.kind,
        weight: num(a.weight),
        viz: {
          thickness: drawn ? Number(num(drawn.size).toFixed(2)) : Number((1 + Math.log2(Math.max(1, num(a.weight)))).toFixed(2)),
          ...(drawn && isHex(drawn.color) ? { color: drawn.color } : {}),
        },
        attributes: {
          kind: a.kind,
          documents: a.documents,
          firstDate: a.firstDate ?? "",
          lastDate: a.lastDate ?? "",
          evidence: JSON.stringify(a.evidence ?? []),
          dates: JSON.stringify(a.dates ?? {}),
        },
      };
    },
  });
}

/** What the PNG export needs of sigma (any sigma instance, whatever its graph types). */
export interface StageSource {
  getStageCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
  scheduleRender(): unknown;
  resize(force?: boolean): unknown;
  once(event: "afterRender", listener: () => void): unknown;
}

/** A legend entry drawn under the picture. */
export interface KeyEntry {
  label: string;
  color: string;
  shape: "disc" | "line";
}

export interface PngOptions {
  /** The stage is transparent; a PNG without a background is unreadable in most viewers. */
  background: string;
  /** Pixels per CSS pixel of the stage: 1, 2 or 4 (a print or a slide wants more). */
  scale: number;
  /** Drawn above the picture, and under it: a caption line and the legend. Empty: none. */
  title: string;
  caption: string;
  legend: KeyEntry[];
}

const PNG_DEFAULTS: PngOptions = { background: "#ffffff", scale: 1, title: "", caption: "", legend: [] };

/**
 * The picture as a PNG at `scale` times the stage's size, drawn again at that resolution (not
 * stretched): sigma takes its pixel ratio from the window, so the ratio is raised for one
 * frame. Sigma's WebGL context does not keep its drawing buffer, so the stage is copied in the
 * task that draws it. Title above, caption and legend below, drawn as canvas text.
 */
export function viewToPng(sigma: StageSource, options: Partial<PngOptions> = {}): Promise<Blob> {
  const opts = { ...PNG_DEFAULTS, ...options };
  const container = sigma.getContainer();
  const width = container.offsetWidth;
  const height = container.offsetHeight;
  const k = opts.scale;
  const font = (px: number, weight = 400) => `${weight} ${px * k}px system-ui, sans-serif`;
  const head = opts.title ? 36 : 0;
  const foot = (opts.caption ? 24 : 0) + (opts.legend.length ? 26 : 0) + (opts.caption || opts.legend.length ? 12 : 0);
  const out = document.createElement("canvas");
  out.width = Math.round(width * k);
  out.height = Math.round((height + head + foot) * k);
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("newsgraph/viewer/io: no 2D canvas to draw the PNG on"));
  const original = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  const setRatio = (ratio: number | null) => {
    if (ratio === null) {
      if (original) Object.defineProperty(window, "devicePixelRatio", original);
      else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    } else Object.defineProperty(window, "devicePixelRatio", { value: ratio, configurable: true });
    sigma.resize(true);
  };
  const changed = k !== window.devicePixelRatio;
  return new Promise<Blob>((ok, fail) => {
    if (changed) setRatio(k);
    sigma.once("afterRender", () => {
      ctx.fillStyle = opts.background;
      ctx.fillRect(0, 0, out.width, out.height);
      for (const canvas of container.querySelectorAll("canvas")) ctx.drawImage(canvas, 0, head * k, width * k, height * k);
      ctx.fillStyle = "#212529";
      ctx.textBaseline = "middle";
      if (opts.title) {
        ctx.font = font(18, 600);
        ctx.fillText(opts.title, 12 * k, (head / 2) * k, (width - 24) * k);
      }
      let y = head + height + 12;
      if (opts.caption) {
        ctx.font = font(12);
        ctx.fillStyle = "#5c636a";
        ctx.fillText(opts.caption, 12 * k, (y + 8) * k, (width - 24) * k);
        y += 24;
      }
      let x = 12;
      ctx.font = font(12);
      for (const entry of opts.legend) {
        ctx.fillStyle = entry.color;
        ctx.strokeStyle = entry.color;
        if (entry.shape === "disc") {
          ctx.beginPath();
          ctx.arc((x + 6) * k, (y + 8) * k, 6 * k, 0, 2 * Math.PI);
          ctx.fill();
        } else {
          ctx.lineWidth = 3 * k;
          ctx.beginPath();
          ctx.moveTo(x * k, (y + 8) * k);
          ctx.lineTo((x + 18) * k, (y + 8) * k);
          ctx.stroke();
        }
        ctx.fillStyle = "#212529";
        ctx.fillText(entry.label, (x + 24) * k, (y + 8) * k);
        x += 24 + ctx.measureText(entry.label).width / k + 18;
      }
      out.toBlob((blob) => (blob ? ok(blob) : fail(new Error("newsgraph/viewer/io: the PNG could not be encoded"))), "image/png");
    });
    sigma.scheduleRender();
  }).finally(() => {
    if (changed) setRatio(null);
  });
}

/** What the SVG export reads of sigma. */
export interface SvgSource {
  getContainer(): HTMLElement;
  getNodeDisplayData(key: string): { x: number; y: number; size: number; color: string; label?: string | null } | undefined;
  getEdgeDisplayData(key: string): { color: string; size: number } | undefined;
  getNodeDisplayedLabels(): Set<string>;
  framedGraphToViewport(at: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
}

/**
 * The view as SVG, as drawn now: links as lines (their drawn colour and width), nodes as
 * circles, the labels on screen as text. Built as DOM and serialised, so article text in labels
 * is escaped by the serialiser, never pasted into markup.
 */
export function viewToSvg(sigma: SvgSource, nodes: Iterable<string>, edges: Iterable<[key: string, source: string, target: string]>, background = "#ffffff"): string {
  const NS = "http://www.w3.org/2000/svg";
  const { offsetWidth: width, offsetHeight: height } = sigma.getContainer();
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const make = (tag: string, attrs: Record<string, string | number>) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  svg.append(make("rect", { width, height, fill: background }));
  const at = (key: string) => {
    const d = sigma.getNodeDisplayData(key);
    return d ? { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size), d } : null;
  };
  const edgeGroup = make("g", { "stroke-linecap": "round" });
  for (const [key, source, target] of edges) {
    const a = at(source);
    const b = at(target);
    const look = sigma.getEdgeDisplayData(key);
    if (!a || !b || !look) continue;
    edgeGroup.append(make("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), stroke: look.color, "stroke-width": look.size.toFixed(2), "stroke-opacity": 0.8 }));
  }
  const nodeGroup = make("g", {});
  const labelGroup = make("g", { "font-family": "system-ui, sans-serif", "font-size": 13, fill: "#212529" });
  const labelled = sigma.getNodeDisplayedLabels();
  for (const key of nodes) {
    const p = at(key);
    if (!p) continue;
    nodeGroup.append(make("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: p.r.toFixed(2), fill: p.d.color }));
    if (labelled.has(key) && p.d.label) {
      const text = make("text", { x: (p.x + p.r + 3).toFixed(1), y: (p.y + 4).toFixed(1) });
      text.textContent = p.d.label;
      labelGroup.append(text);
    }
  }
  svg.append(edgeGroup, nodeGroup, labelGroup);
  return new XMLSerializer().serializeToString(svg);
}

/** Hands a blob to the browser as a file download. */
export function download(data: Blob | string, fileName: string, type = "application/xml"): void {
  const blob = typeof data === "string" ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function num(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isHex(value: unknown): value is string {
  return typeof value === "string" && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}
