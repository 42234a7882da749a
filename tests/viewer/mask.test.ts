import { describe, expect, it } from "vitest";
import { resolveFilters } from "../../viewer/src/filters/index.js";
import { createEdgeMask, dayNumber, maskStyle } from "../../viewer/src/appearance/mask-layer.js";
import { fixtureDataset } from "./helpers.js";

describe("viewer filter mask (the GPU side of the filters)", () => {
  it("numbers days in order, before 1970 too, with 0 for no date", () => {
    expect(dayNumber(null)).toBe(0);
    expect(dayNumber("not a date")).toBe(0);
    expect(dayNumber("1961-05-01")).toBeGreaterThan(0);
    expect(dayNumber("1961-05-02") - dayNumber("1961-05-01")).toBe(1);
    expect(dayNumber("2026-03-01")).toBeGreaterThan(dayNumber("2026-02-28"));
    // float32 holds it exactly, as the shader reads it.
    expect(Math.fround(dayNumber("2999-12-31"))).toBe(dayNumber("2999-12-31"));
  });

  it("gives the shader the settings as uniforms: one bit per hidden kind, weight, day range", () => {
    const mask = createEdgeMask();
    const uniform = (name: string) => mask.layer.uniforms.find((u) => u.name === name)!.value;
    mask.update(resolveFilters());
    expect([uniform("u_maskHiddenKinds"), uniform("u_maskMinWeight"), uniform("u_maskDateFrom"), uniform("u_maskDateTo")]).toEqual([0, 1, 0, 0]);
    mask.update(resolveFilters({ hiddenKinds: ["quote", "cites"], minEdgeWeight: 3, dateFrom: "2026-02-01" }));
    expect(uniform("u_maskHiddenKinds")).toBe(2 | 4);
    expect(uniform("u_maskMinWeight")).toBe(3);
    expect(uniform("u_maskDateFrom")).toBe(dayNumber("2026-02-01"));
    expect(uniform("u_maskDateTo")).toBe(0);
  });

  it("reads every uniform and attribute it declares in its GLSL", () => {
    const { layer } = createEdgeMask();
    for (const u of layer.uniforms) expect(layer.glsl).toContain(u.name);
    for (const a of layer.attributes) expect(layer.glsl).toContain(a.name.replace(/^a_/, "v_"));
  });

  it("binds each edge's kind, weight and dates, every date of the dataset in its dictionary", () => {
    const graph = fixtureDataset();
    const style = maskStyle(graph);
    expect(style.maskWeight.attribute).toBe("weight");
    expect(style.maskKind.dict).toEqual({ cooccurrence: 1, quote: 2, cites: 4 });
    graph.forEachEdge((_k, a) => {
      for (const d of [a.firstDate, a.lastDate]) if (d) expect(style.maskFirst.dict[d]).toBe(dayNumber(d));
    });
  });
});
