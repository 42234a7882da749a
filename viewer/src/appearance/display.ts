/**
 * A node's display data as sigma holds it, read in place. Sigma 4's `getNodeDisplayData`
 * returns a copy of the node's 37 display fields (~20 µs each with this viewer's styles), and
 * the passes over every shown node — label placement, the camera fit, the link pick — paid
 * ~70 ms for 3,000 nodes each time: that was most of a filter change and of a camera's rest.
 * The object returned must not be changed. A sigma without that cache (another version) is
 * read through the copying call.
 */
export function nodeDisplay<D>(sigma: { getNodeDisplayData(key: string): D | undefined }, key: string): Readonly<D> | undefined {
  const cache = (sigma as unknown as { internals?: { nodeDataCache?: Record<string, D> } }).internals?.nodeDataCache;
  return cache ? cache[key] : sigma.getNodeDisplayData(key);
}
