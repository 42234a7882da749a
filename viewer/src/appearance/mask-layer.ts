import type { EdgeLayer } from "sigma/rendering";
import { EDGE_KINDS, type DataGraph, type EdgeKind } from "../graph/types.js";
import type { FilterSettings } from "../filters/types.js";

/*
 * The filters' GPU side. Hiding edges through sigma's item states costs a re-style and a
 * buffer rewrite per edge (about 15 µs each: a type toggle on a 50,000-edge graph took 0.5–0.7
 * s). Instead every edge carries, once, the values the filters test (kind, weight, dates), and
 * this layer, drawn first by the edge program, discards the edge's pixels when the filter
 * uniforms say it is out, or when one of its ends is a hidden node (drawn at size 0, see
 * appearance/rules.ts). A filter change is then a few uniforms and one frame. The decisions
 * match applyFilters(), which stays the truth for counts, the panel and exports.
 */

/** Edge display variables the layer reads; set once per edge from its attributes. */
export const MASK_VARIABLES = {
  maskKind: { type: "number", default: 0 },
  maskWeight: { type: "number", default: 0 },
  maskFirst: { type: "number", default: 0 },
  maskLast: { type: "number", default: 0 },
} as const;

/** One bit per edge kind, in EDGE_KINDS order. */
const KIND_BITS = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, 1 << i])) as Record<EdgeKind, number>;

const MS_PER_DAY = 86_400_000;
// Day numbers are offset so every date since antiquity is positive: 0 means "no date", and
// float32 still holds them exactly (< 2^24).
const DAY_OFFSET = 1_000_000;

/** An ISO date as a whole day number > 0, or 0 for none. */
export function dayNumber(iso: string | null): number {
  if (!iso) return 0;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / MS_PER_DAY) + DAY_OFFSET : 0;
}

/**
 * The edge style properties that fill MASK_VARIABLES: attribute bindings only (dates through
 * a dictionary of the dataset's dates), so sigma evaluates them when an edge is processed and
 * never on a camera move.
 */
export function maskStyle(graph: DataGraph) {
  const days: Record<string, number> = {};
  graph.forEachEdge((_k, a) => {
    for (const d of [a.firstDate, a.lastDate]) if (d && !(d in days)) days[d] = dayNumber(d);
  });
  return {
    maskKind: { attribute: "kind", dict: KIND_BITS, defaultValue: KIND_BITS.cooccurrence },
    maskWeight: { attribute: "weight", defaultValue: 1 },
    maskFirst: { attribute: "firstDate", dict: days, defaultValue: 0 },
    maskLast: { attribute: "lastDate", dict: days, defaultValue: 0 },
  } as const;
}

export interface EdgeMask {
  /** The edge layer to put first in the edge program's layers. */
  layer: EdgeLayer;
  /** Takes new filter settings; the next frame draws with them. */
  update(settings: FilterSettings): void;
}

// WebGL2RenderingContext.FLOAT, which does not exist outside a browser (unit tests).
const FLOAT = 0x1406;

const GLSL = /* glsl */ `
// newsgraph filters (viewer/src/appearance/mask-layer.ts): no pixel for an edge the filters hide.
vec4 layer_filterMask(EdgeContext ctx) {
  // A hidden node is drawn at size 0: its edges go with it.
  if (v_sourceNodeSize <= 0.0 || v_targetNodeSize <= 0.0) discard;
  if ((int(u_maskHiddenKinds + 0.5) & int(v_maskKind + 0.5)) != 0) discard;
  if (v_maskWeight < u_maskMinWeight) discard;
  if (v_maskFirst > 0.0 || v_maskLast > 0.0) {
    float start = v_maskFirst > 0.0 ? v_maskFirst : v_maskLast;
    float end = v_maskLast > 0.0 ? v_maskLast : v_maskFirst;
    if (u_maskDateFrom > 0.0 && end < u_maskDateFrom) discard;
    if (u_maskDateTo > 0.0 && start > u_maskDateTo) discard;
  }
  return vec4(0.0);
}
`;

/**
 * A mask for one sigma instance. Sigma sets a layer's uniforms from their specifications at
 * every draw, so updating the specification's value is how a frame gets the new settings.
 */
export function createEdgeMask(): EdgeMask {
  const hiddenKinds = { name: "u_maskHiddenKinds", type: "float" as const, value: 0 };
  const minWeight = { name: "u_maskMinWeight", type: "float" as const, value: 0 };
  const dateFrom = { name: "u_maskDateFrom", type: "float" as const, value: 0 };
  const dateTo = { name: "u_maskDateTo", type: "float" as const, value: 0 };
  const attribute = (name: keyof typeof MASK_VARIABLES) => ({ name: `a_${name}`, size: 1 as const, type: FLOAT, source: name });
  return {
    layer: {
      name: "filterMask",
      glsl: GLSL,
      uniforms: [hiddenKinds, minWeight, dateFrom, dateTo],
      attributes: [attribute("maskKind"), attribute("maskWeight"), attribute("maskFirst"), attribute("maskLast")],
    },
    update(settings) {
      hiddenKinds.value = settings.hiddenKinds.reduce((bits, k) => bits | (KIND_BITS[k] ?? 0), 0);
      minWeight.value = settings.minEdgeWeight;
      dateFrom.value = dayNumber(settings.dateFrom);
      dateTo.value = dayNumber(settings.dateTo);
    },
  };
}
