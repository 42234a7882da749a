import { flatten } from "../graph/flat.js";
import type { DataGraph, DateCounts } from "../graph/types.js";

/**
 * The dataset's time axis: every day from the first to the last date it knows (days without
 * articles included, so the axis is true to time), articles per day, and each node's mentions
 * and each link's weight per day, as compact arrays (flat graph order) so a window is summed
 * in one pass however often the slider moves.
 */
export interface TimeIndex {
  /** ISO days, consecutive. Empty when the data has no dates. */
  days: string[];
  /** Articles per day (the build's articlesByDate), or, without it, nodes first seen that day. */
  articles: number[];
  /** Whether the counts come from the build's per-date counts (false: first–last spans only). */
  perDate: boolean;
  nodes: Sparse;
  edges: Sparse;
}

/** Per item i: entries offsets[i]..offsets[i+1] of (day, count); items without dates get their span. */
interface Sparse {
  offsets: Int32Array;
  day: Int32Array;
  count: Float64Array;
  /** Items without per-date counts: [first, last] day and their total, tested as a span. */
  spanFirst: Int32Array;
  spanLast: Int32Array;
  total: Float64Array;
}

/** What a window counts: per flat node, mentions in it; per flat edge, weight in it. */
export interface WindowCounts {
  nodeMentions: Float64Array;
  edgeWeights: Float64Array;
  /** Articles in the window. */
  articles: number;
}

const MS_PER_DAY = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function buildTimeIndex(graph: DataGraph, articlesByDate: DateCounts | null): TimeIndex {
  const flat = flatten(graph);
  let min = Infinity;
  let max = -Infinity;
  const see = (iso: string | null) => {
    if (!iso) return;
    const ms = dayMs(iso);
    if (!Number.isFinite(ms)) return;
    if (ms < min) min = ms;
    if (ms > max) max = ms;
  };
  for (const d of Object.keys(articlesByDate ?? {})) see(d);
  for (const a of flat.nodeAttributes) {
    see(a.firstDate);
    see(a.lastDate);
  }
  for (const a of flat.edgeAttributes) {
    see(a.firstDate);
    see(a.lastDate);
  }
  const days: string[] = [];
  if (Number.isFinite(min)) for (let ms = min; ms <= max; ms += MS_PER_DAY) days.push(isoOf(ms));
  const dayIndex = (iso: string | null) => (iso ? Math.round((dayMs(iso) - min) / MS_PER_DAY) : -1);

  const sparse = (items: { dates?: DateCounts; firstDate: string | null; lastDate: string | null }[], total: (i: number) => number): Sparse => {
    const offsets = new Int32Array(items.length + 1);
    let n = 0;
    for (let i = 0; i < items.length; i++) {
      offsets[i] = n;
      n += Object.keys(items[i]!.dates ?? {}).length;
    }
    offsets[items.length] = n;
    const s: Sparse = {
      offsets,
      day: new Int32Array(n),
      count: new Float64Array(n),
      spanFirst: new Int32Array(items.length).fill(-1),
      spanLast: new Int32Array(items.length).fill(-1),
      total: new Float64Array(items.length),
    };
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      let j = offsets[i]!;
      for (const [d, c] of Object.entries(item.dates ?? {})) {
        s.day[j] = dayIndex(d);
        s.count[j++] = c;
      }
      if (offsets[i] === offsets[i + 1]) {
        s.spanFirst[i] = dayIndex(item.firstDate ?? item.lastDate);
        s.spanLast[i] = dayIndex(item.lastDate ?? item.firstDate);
        s.total[i] = total(i);
      }
    }
    return s;
  };
  const nodes = sparse(flat.nodeAttributes, (i) => flat.nodeAttributes[i]!.mentions);
  const edges = sparse(flat.edgeAttributes, (i) => flat.edgeAttributes[i]!.weight);
  const perDate = articlesByDate !== null && Object.keys(articlesByDate).length > 0;
  const articles = new Array<number>(days.length).fill(0);
  if (perDate) for (const [d, c] of Object.entries(articlesByDate!)) articles[dayIndex(d)]! += c;
  else for (const a of flat.nodeAttributes) if (a.firstDate) articles[dayIndex(a.firstDate)]! += 1;
  return { days, articles, perDate, nodes, edges };
}

/** Index of an ISO day on the axis, clamped to it; null → the open end. */
export function dayPosition(index: TimeIndex, iso: string | null, end: "from" | "to"): number {
  if (index.days.length === 0) return 0;
  if (!iso) return end === "from" ? 0 : index.days.length - 1;
  const i = Math.round((dayMs(iso) - dayMs(index.days[0]!)) / MS_PER_DAY);
  return Math.max(0, Math.min(index.days.length - 1, i));
}

/** Counts inside [from, to] (inclusive ISO days; null leaves that end open). */
export function windowCounts(index: TimeIndex, from: string | null, to: string | null): WindowCounts {
  const lo = dayPosition(index, from, "from");
  const hi = dayPosition(index, to, "to");
  const sum = (s: Sparse) => {
    const out = new Float64Array(s.total.length);
    for (let i = 0; i < out.length; i++) {
      const end = s.offsets[i + 1]!;
      let v = 0;
      for (let j = s.offsets[i]!; j < end; j++) {
        const d = s.day[j]!;
        if (d >= lo && d <= hi) v += s.count[j]!;
      }
      // No per-date counts (an older build, a GEXF): the whole total when the span overlaps;
      // undated items pass whole, as an undated build must not empty the view.
      if (s.offsets[i] === end && (s.spanFirst[i]! < 0 || (s.spanLast[i]! >= lo && s.spanFirst[i]! <= hi))) v = s.total[i]!;
      out[i] = v;
    }
    return out;
  };
  let articles = 0;
  for (let d = lo; d <= hi && d < index.articles.length; d++) articles += index.articles[d]!;
  return { nodeMentions: sum(index.nodes), edgeWeights: sum(index.edges), articles };
}
