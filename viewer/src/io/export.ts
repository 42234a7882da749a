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
  once(event: "afterRender", listener: () => void): unknown;
}

export interface PngOptions {
  /** The stage is transparent; a PNG without a background is unreadable in most viewers. */
  background: string;
}

/**
 * The canvas as a PNG. Sigma's WebGL context does not keep its drawing buffer, so the stage
 * is copied in the task that draws it: right after sigma's next frame (a render, not a
 * refresh, which would rebuild every buffer). Every canvas layer is drawn in page order.
 */
export function viewToPng(sigma: StageSource, options: PngOptions = { background: "#ffffff" }): Promise<Blob> {
  const stage = sigma.getStageCanvas();
  const out = document.createElement("canvas");
  out.width = stage.width;
  out.height = stage.height;
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("newsgraph/viewer/io: no 2D canvas to draw the PNG on"));
  return new Promise((ok, fail) => {
    sigma.once("afterRender", () => {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, out.width, out.height);
      for (const canvas of sigma.getContainer().querySelectorAll("canvas")) ctx.drawImage(canvas, 0, 0, out.width, out.height);
      out.toBlob((blob) => (blob ? ok(blob) : fail(new Error("newsgraph/viewer/io: the PNG could not be encoded"))), "image/png");
    });
    sigma.scheduleRender();
  });
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
