import { describe, expect, it } from "vitest";
import { decided, rules } from "../helpers.js";

describe("typing/untyped: names left for the document pass", () => {
  it("keeps an ordinary word only as the surname of a person named in full", () => {
    expect(decided(rules("Nina Rivers opened the session. Rivers said the vote would wait. The rivers were high."))).toEqual([
      "Nina Rivers/person/person.name-shape",
      "Rivers/person/coref.surname",
    ]);
    expect(decided(rules("Rivers said the vote would wait."))).toEqual([]);
  });

  it("makes a bare unknown name a person only when it acts like one", () => {
    expect(decided(rules("On Monday Zentrix said no."))).toEqual(["Zentrix/person/coref.speaks"]);
    expect(decided(rules("Crowds gathered near Zentrix on Monday."))).toEqual([]);
  });
});
