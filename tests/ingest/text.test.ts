import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../src/ingest/text.js";
import { articles, FIXTURES, readAll } from "./helpers.js";

const parse = (s: string) => parseTextArticle(s, 120);

describe("ingest text and Markdown", () => {
  it("takes a date header that runs straight into the first paragraph, and keeps the rest as body", () => {
    const a = parse(" date 2022-03-01 Officials in Lisbon met on Tuesday.\n\nMore text.\n");
    expect(a.date).toBe("2022-03-01");
    expect(a.text).toBe("Officials in Lisbon met on Tuesday.\n\nMore text.\n");
    expect(a.title).toBe("Officials in Lisbon met on Tuesday.");
  });

  it("reads the seed article's header form from disk", async () => {
    const seedDir = new URL("../../seeds/", import.meta.url).pathname;
    const seed = readdirSync(seedDir).find((f) => f.endsWith(".txt"))!;
    const [a] = articles(await readAll([seedDir + seed]));
    expect(a!.date).toBe("2022-02-15");
    expect(a!.text.startsWith("date")).toBe(false);
    expect(a!.text).toMatch(/^\S/);
    expect(a!.title.length).toBeLessThanOrEqual(120);
  });

  it("reads header lines in bare and key: value forms, then the body", () => {
    const a = parse("title Port deal\nSource: Example Wire\nURL: https://e.org/x\ndate February 15, 2022\n\nBody starts here.");
    expect(a).toMatchObject({ title: "Port deal", source: "Example Wire", url: "https://e.org/x", date: "2022-02-15" });
    expect(a.text).toBe("Body starts here.");
  });

  it("does not mistake a capitalised first sentence for a header", () => {
    const content = "Date palms grow in the south.\nSource of the story is unknown.";
    const a = parse(content);
    expect(a.text).toBe(content);
    expect(a.date).toBeNull();
  });

  it("keeps a file without headers verbatim", () => {
    const content = "\n  Officials met.\r\nThey talked.\n";
    expect(parse(content).text).toBe(content);
  });

  it("keeps an unparseable Date: header's date null but still removes the line", () => {
    const a = parse("Date: sometime last week\n\nOfficials met.");
    expect(a.date).toBeNull();
    expect(a.text).toBe("Officials met.");
  });

  it("reads YAML-like front matter", async () => {
    const [a] = articles(await readAll([FIXTURES + "corpus/a/front-matter.md"]));
    expect(a).toMatchObject({
      title: "Front matter title",
      date: "2021-12-24",
      source: "The Example Times",
      url: "https://example.org/a",
    });
    expect(a!.text.startsWith("# A heading")).toBe(true);
  });

  it("titles an article by its Markdown heading, else by its first sentence, cut short", () => {
    expect(parse("# The heading\n\nBody.").title).toBe("The heading");
    expect(parse("The heading\n=====\n\nBody.").title).toBe("The heading");
    const long = `${"word ".repeat(60)}end. Second sentence.`;
    const title = parse(long).title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith("…")).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });

  // A backtracking pattern would take minutes on these lines: the test's limit is the guard.
  it("reads hostile first lines (long runs of spaces, a huge heading)", () => {
    const spaces = " ".repeat(200_000);
    expect(parse(`Title: x${spaces}y`).title).toBe(`x${spaces}y`);
    expect(parse(`date${spaces}x`).text).toBe(`date${spaces}x`);
    const heading = parse(`# a${spaces}b ##`).title;
    expect(heading.length).toBeLessThanOrEqual(120);
    expect(heading.startsWith("a")).toBe(true);
  }, 10_000);
});
