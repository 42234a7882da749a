/**
 * A label candidate as drawn: its node's centre and radius on screen, and the label's text
 * width, read only when the disc alone leaves room for it (it may be a getter that measures).
 */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  radius: number;
  width: number;
}

export interface PlaceOptions {
  /** Labels wanted at most. */
  budget: number;
  viewport: { width: number; height: number };
  /** The label's font size: its box height follows it. */
  fontSize: number;
  /** Pixels kept free around each box. */
  margin: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CELL = 96;

/**
 * Greedy label placement: candidates in the order given (most important first), each kept
 * when its box — the node's disc and the text drawn to its right, as sigma draws it — is on
 * screen and overlaps no box kept before. A grid of buckets keeps each test local, so placing
 * a hundred labels among thousands of candidates costs a fraction of a millisecond.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlaceOptions): string[] {
  const { budget, viewport, fontSize, margin } = options;
  const kept: string[] = [];
  if (budget <= 0) return kept;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, visit: (id: number) => boolean | void) => {
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
      for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
        if (visit(cx * 100_003 + cy) === false) return false;
      }
    }
    return true;
  };
  for (const c of candidates) {
    const half = Math.max(c.radius, fontSize * 0.65);
    // The disc first, without the text: a candidate whose disc is off screen or already
    // overlaps a label is out whatever its text, which is then never measured (most
    // candidates of a dense graph, each a canvas text measure the first time).
    const box: Box = { x0: c.x - c.radius - margin, y0: c.y - half - margin, x1: c.x + c.radius + 3 + margin, y1: c.y + half + margin };
    const free = (id: number) => !grid.get(id)?.some((o) => o.x0 < box.x1 && box.x0 < o.x1 && o.y0 < box.y1 && box.y0 < o.y1);
    if (box.x0 > viewport.width || box.y1 < 0 || box.y0 > viewport.height || !cells(box, free)) continue;
    box.x1 += c.width;
    if (box.x1 < 0 || !cells(box, free)) continue;
    cells(box, (id) => {
      const list = grid.get(id);
      if (list) list.push(box);
      else grid.set(id, [box]);
    });
    kept.push(c.key);
    if (kept.length >= budget) break;
  }
  return kept;
}

/** A default for "labels on screen": about one label per 18,000 px² of stage, within [8, 80]. */
export function defaultLabelBudget(viewport: { width: number; height: number }): number {
  return Math.max(8, Math.min(80, Math.round((viewport.width * viewport.height) / 18_000)));
}
