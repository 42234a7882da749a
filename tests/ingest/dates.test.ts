import { describe, expect, it } from "vitest";
import { matchDatePrefix, normaliseDate } from "../../src/ingest/dates.js";

describe("ingest dates", () => {
  it.each([
    ["2022-02-15", "2022-02-15"],
    ["2022-02-15T10:00:00Z", "2022-02-15"],
    ["2022/2/5", "2022-02-05"],
    ["February 15, 2022", "2022-02-15"],
    ["Feb. 15, 2022", "2022-02-15"],
    ["Tuesday, February 15, 2022", "2022-02-15"],
    ["15 Feb 2022", "2022-02-15"],
    ["15th February, 2022", "2022-02-15"],
    ["Tue, 15 Feb 2022 10:00:00 +0000", "2022-02-15"],
  ])("normalises %j to ISO", (written, iso) => {
    expect(normaliseDate(written)).toBe(iso);
  });

  it.each(["2022-02-30", "yesterday", "15 Febtember 2022", "2022-13-01", "", "20220215"])("gives null for %j", (s) => {
    expect(normaliseDate(s)).toBeNull();
  });

  it("reads Unix timestamps in seconds and in milliseconds", () => {
    expect(normaliseDate(1644883200)).toBe("2022-02-15");
    expect(normaliseDate(1644883200000)).toBe("2022-02-15");
  });

  it("says where a date ends, time included, so the rest can be body text", () => {
    expect(matchDatePrefix("2022-02-15 Tensions eased")).toEqual({ iso: "2022-02-15", length: 10 });
    expect(matchDatePrefix("Tue, 15 Feb 2022 10:00:00 GMT")?.length).toBe(29);
    expect(matchDatePrefix("2022-02-151")).toBeNull();
  });
});
