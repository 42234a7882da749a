import type { AppearanceSettings } from "./settings.js";

/**
 * Community → colour, the largest communities first (ties by id), as the node styles and the
 * legend both read it: one mapping, so the legend's swatches are the canvas's colours.
 */
export function communityColors(communities: Map<number, number>, settings: AppearanceSettings): Map<number, string> {
  const out = new Map<number, string>();
  [...communities]
    .filter(([id]) => id >= 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, settings.communityColors.length)
    .forEach(([id], i) => out.set(id, settings.communityColors[i]!));
  return out;
}
