import { describe, expect, it } from "vitest";
import { names, rules } from "../helpers.js";

describe("typing/place: places that are no country name nobody", () => {
  it("reads a name followed by its country as a place", () => {
    expect(names(rules("Thousands protested in Kisumu, Kenya, on Monday."))).toEqual(["Kenya"]);
  });

  it("reads a bare name listed among places as a place", () => {
    expect(names(rules("Bolivia, Chile, Mombasa and Peru signed it."))).toEqual(["Bolivia", "Chile", "Peru"]);
  });

  it("reads a name ending in a place's head word as a place", () => {
    expect(names(rules("The rally filled Halvard Square and Wembley Stadium."))).toEqual([]);
  });
});
