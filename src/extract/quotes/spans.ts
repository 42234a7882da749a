/**
 * Lookups in spans sorted by start and not overlapping (sentences, paragraphs, quotes), or
 * sorted by start (anchors). Binary search keeps a long article linear-logarithmic.
 */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first span that ends after `at` (the one holding `at`, or the next), spans.length if none. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span holding `at`. */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const s = spans[firstEndingAfter(spans, at)];
  return s && s.start <= at ? s : undefined;
}

/** Index of the first span starting at or after `at`. */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
