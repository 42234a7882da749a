export interface LayoutOptions {
  /** Above this many nodes ForceAtlas2 approximates repulsion (Barnes–Hut): exact is quadratic. */
  barnesHutAbove: number;
  /** Noverlap passes; it stops earlier once nothing overlaps. */
  noverlapIterations: number;
  /** Gap kept between node discs by noverlap, in screen pixels. */
  noverlapMargin: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  barnesHutAbove: 1000,
  noverlapIterations: 200,
  noverlapMargin: 2,
};
