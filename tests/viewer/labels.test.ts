import { describe, expect, it } from "vitest";
import { defaultLabelBudget, placeLabels, type LabelCandidate } from "../../viewer/src/labels/place.js";

const viewport = { width: 800, height: 600 };
const opts = { budget: 10, viewport, fontSize: 13, margin: 2 };
const at = (key: string, x: number, y: number, width = 60, radius = 5): LabelCandidate => ({ key, x, y, radius, width });

describe("viewer label placement", () => {
  it("keeps the more important of two overlapping labels, and both when apart", () => {
    expect(placeLabels([at("big", 100, 100), at("near", 130, 104), at("far", 400, 300)], opts)).toEqual(["big", "far"]);
  });

  it("stops at the budget and skips labels off screen", () => {
    const grid = Array.from({ length: 50 }, (_, i) => at(`n${i}`, 20 + (i % 5) * 150, 20 + Math.floor(i / 5) * 40));
    expect(placeLabels(grid, { ...opts, budget: 7 })).toHaveLength(7);
    expect(placeLabels([at("off", -500, 100), at("below", 100, 900), at("on", 100, 100)], opts)).toEqual(["on"]);
    expect(placeLabels(grid, { ...opts, budget: 0 })).toEqual([]);
  });

  it("keeps a neighbour's label off the focused node's disc", () => {
    // The focused node comes first; a neighbour whose label would cover its disc is left out.
    expect(placeLabels([at("focus", 300, 300, 80, 20), at("under", 250, 305)], opts)).toEqual(["focus"]);
  });

  it("measures a label's text only when its node's disc leaves room for it", () => {
    const measured: string[] = [];
    const lazy = (key: string, x: number, y: number): LabelCandidate => ({
      key, x, y, radius: 5,
      get width() {
        measured.push(key);
        return 60;
      },
    });
    // "covered" sits on big's label, "below" is off screen: neither text is measured.
    expect(placeLabels([lazy("big", 100, 100), lazy("covered", 130, 101), lazy("below", 100, 900), lazy("far", 400, 300)], opts)).toEqual(["big", "far"]);
    expect(measured).toEqual(["big", "far"]);
  });

  it("offers more labels on a larger stage", () => {
    expect(defaultLabelBudget({ width: 1600, height: 1000 })).toBeGreaterThan(defaultLabelBudget({ width: 390, height: 600 }));
  });
});
