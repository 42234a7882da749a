import { describe, expect, it } from "vitest";
import { createDuplicates } from "../../src/ingest/index.js";
import type { Article } from "../../src/ingest/types.js";

const article = (id: string, text: string): Article => ({ id, title: "", date: null, source: null, url: null, text, origin: { file: "wire.jsonl" } });

describe("duplicate articles", () => {
  it("admits the first copy of a text and counts the later ones", () => {
    const duplicates = createDuplicates();
    expect(duplicates.admit(article("a", "Mira Solvang spoke."))?.id).toBe("a");
    expect(duplicates.admit(article("b", "Mira Solvang spoke."))).toBeNull();
    expect(duplicates.admit(article("c", "Mira Solvang spoke again."))?.id).toBe("c");
    expect(duplicates.count).toBe(1);
  });

  it("keeps every copy when asked, each under an id of its own", () => {
    const duplicates = createDuplicates({ keep: true });
    const ids = ["x", "x", "y", "x"].map((id) => duplicates.admit(article(id, "Same wire story."))!.id);
    expect(ids).toEqual(["x", "x~2", "y", "x~3"]);
    expect(duplicates.count).toBe(3);
  });
});
