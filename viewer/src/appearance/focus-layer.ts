import type { EdgeLayer, FragmentLayer } from "sigma/rendering";

/*
 * The focus look on the GPU. While a node is focused (hovered or selected), everything outside
 * its neighbourhood is blended towards the background by a last fragment layer, in the node
 * and in the edge program; the neighbourhood keeps its colours.
 *
 * Why not sigma states on the edges, or a veil with the neighbourhood lifted above it: a state
 * change re-styles the edge, rewrites its slot in the edge attribute texture (whose upload
 * spans every slot between the lowest and the highest one touched) and splits sigma's depth
 * ranges into one draw call per lifted edge. On a 50,000-edge graph the edges of one hub made
 * the viewer's hover cost a third more than sigma's own. Here an edge needs nothing per hover:
 * it is in the neighbourhood when one of its ends sits where the focused node sits, a test on
 * positions the edge shader already has (the node-data texture's float32 copies, the same
 * values the uniform gets). Nodes of the neighbourhood carry the `focusLit` variable, set by
 * their isHighlighted state: a few dozen items per hover, as in bare sigma's one.
 */

/** Node display variables the node layer reads. */
export const FOCUS_NODE_VARIABLES = {
  focusLit: { type: "number", default: 0 },
} as const;

export interface FocusLayers {
  /** The node program's last layer. */
  nodeLayer: FragmentLayer;
  /** The edge program's last layer. */
  edgeLayer: EdgeLayer;
  /** The focused node's display position (sigma's normalised coordinates), or null for none. */
  setFocus(position: { x: number; y: number } | null): void;
}

// Ends closer than this (in sigma's normalised coordinates, about 0–1 across the graph) are one
// point: far below a pixel at any zoom sigma allows, far above float32 rounding.
const SAME_POINT = 1e-5;

const NODE_GLSL = /* glsl */ `
// newsgraph focus (viewer/src/appearance/focus-layer.ts): outside the neighbourhood, towards the background.
vec4 layer_focus(float v_focusLit, float u_focusActive, vec4 u_focusVeil) {
  return (u_focusActive > 0.5 && v_focusLit < 0.5) ? u_focusVeil : vec4(0.0);
}
`;

const EDGE_GLSL = /* glsl */ `
// newsgraph focus (viewer/src/appearance/focus-layer.ts): an edge is lit when one of its ends is the focus.
vec4 layer_focus(EdgeContext ctx) {
  if (u_focusActive < 0.5) return vec4(0.0);
  if (distance(v_source, u_focusPosition) < ${SAME_POINT.toExponential()} || distance(v_target, u_focusPosition) < ${SAME_POINT.toExponential()}) return vec4(0.0);
  return u_focusVeil;
}
`;

// WebGL2RenderingContext.FLOAT, which does not exist outside a browser (unit tests).
const FLOAT = 0x1406;

/**
 * Layers for one sigma instance. `background` is "#rrggbb"; `opacity` (0–1) how far unfocused
 * items go towards it. Sigma reads a layer's uniforms from their specifications at every draw,
 * so setting a specification's value is how the next frame gets the new focus.
 */
export function createFocusLayers(background: string, opacity: number): FocusLayers {
  const [r, g, b] = parseHexColor(background);
  const active = { name: "u_focusActive", type: "float" as const, value: 0 };
  const veil = { name: "u_focusVeil", type: "vec4" as const, value: [r, g, b, opacity] as [number, number, number, number] };
  const position = { name: "u_focusPosition", type: "vec2" as const, value: [0, 0] as [number, number] };
  return {
    nodeLayer: {
      name: "focus",
      glsl: NODE_GLSL,
      uniforms: [active, veil],
      attributes: [{ name: "focusLit", size: 1, type: FLOAT, source: "focusLit" }],
    },
    edgeLayer: {
      name: "focus",
      glsl: EDGE_GLSL,
      uniforms: [active, veil, position],
      attributes: [],
    },
    setFocus(at) {
      active.value = at ? 1 : 0;
      if (at) position.value = [Math.fround(at.x), Math.fround(at.y)];
    },
  };
}

/** "#rrggbb" or "#rgb" to 0..1 channels; white for anything else. */
export function parseHexColor(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return [1, 1, 1];
  const full = hex.length === 3 ? hex.replace(/./g, "$&$&") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** `color` moved `amount` (0–1) of the way towards `towards`, as "#rrggbb". */
export function mixHexColors(color: string, towards: string, amount: number): string {
  const a = parseHexColor(color);
  const b = parseHexColor(towards);
  return "#" + a.map((c, i) => Math.round(255 * (c + (b[i]! - c) * amount)).toString(16).padStart(2, "0")).join("");
}
