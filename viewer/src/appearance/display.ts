/**
 * A node's display data as sigma holds it, read in place. Sigma 4's `getNodeDisplayData`
 * returns a copy of the node's 37 display fields (~20 µs each with this viewer's styles), and
 * a pass over every shown node paid ~70 ms for 3,000 nodes each time. Sigma 4 (4.0.4) has no
 * public read-only accessor, so this reads its private `internals.nodeDataCache`, and only
 * where a public call cannot give the same: the size a style computed (label placement needs
 * every candidate's disc) and whether sigma drew a node hidden at its last reprocess
 * (filters/visibility.ts: a node's state can already say otherwise). Positions come from the
 * graph through sigma's public conversions instead (the camera fit, the link pick). The object
 * returned must not be changed. A sigma without that cache (another version) is read through
 * the copying call.
 */
export function nodeDisplay<D>(sigma: { getNodeDisplayData(key: string): D | undefined }, key: string): Readonly<D> | undefined {
  const cache = (sigma as unknown as { internals?: { nodeDataCache?: Record<string, D> } }).internals?.nodeDataCache;
  return cache ? cache[key] : sigma.getNodeDisplayData(key);
}
