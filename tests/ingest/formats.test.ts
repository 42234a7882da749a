import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countInputs, STDIN_NAME } from "../../src/ingest/index.js";
import { articles, FIXTURES, problems, readAll, stdinOf, tempDir } from "./helpers.js";

describe("ingest formats", () => {
  it("walks a directory recursively in sorted order, skipping hidden and non-article files", async () => {
    const items = await readAll([FIXTURES + "corpus"]);
    expect(problems(items)).toEqual([]);
    const files = articles(items).map((a) => a.origin.file.slice(FIXTURES.length));
    expect(files).toEqual([
      "corpus/a/front-matter.md",
      "corpus/a/nested/heading.md",
      "corpus/a/nested/wire.ndjson",
      "corpus/a/nested/wire.ndjson",
      "corpus/b/header-runs-on.txt",
      "corpus/page.html",
    ]);
  });

  it("maps JSON Lines field names, keeps the text verbatim and the given id as a string", async () => {
    const [first, second] = articles(await readAll([FIXTURES + "corpus/a/nested/wire.ndjson"]));
    expect(first).toMatchObject({
      id: "17",
      title: "First",
      text: "  Leading spaces kept.\r\nSecond line.  ",
      date: "2022-02-15",
      url: "https://e.org/1",
      source: "Wire",
      origin: { line: 1 },
    });
    // line 2 is blank: the second record is on line 3
    expect(second).toMatchObject({ text: "No id here.", title: "No id here.", date: "2022-02-15", origin: { line: 3 } });
    expect(second!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives the same content the same id on every run, and different content another", async () => {
    const [a] = articles(await readAll(["-"], { stdin: stdinOf('{"text": "Same words."}\n') }));
    const [b] = articles(await readAll(["-"], { stdin: stdinOf("\n\n", '{"text": "Same words.", "title": "Other"}') }));
    const [c] = articles(await readAll(["-"], { stdin: stdinOf('{"text": "Other words."}') }));
    expect(a!.id).toBe(b!.id);
    expect(a!.id).not.toBe(c!.id);
  });

  it("reads a JSON array, reporting the element without text by its position", async () => {
    const items = await readAll([FIXTURES + "array.json"]);
    expect(articles(items).map((a) => [a.title, a.text, a.date])).toEqual([
      ["One", "Array article one.", null],
      ["Array article two.", "Array article two.", "2020-01-02"],
    ]);
    const [p] = problems(items);
    expect(p!.file).toBe(FIXTURES + "array.json");
    expect(p!.message).toContain("item 3");
    expect(p!.message).toContain("no article text");
  });

  it("reads a single JSON object, and JSON Lines saved with a .json name", async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, "one.json"), '{"title": "T", "text": "Only one."}');
      writeFileSync(join(dir, "lines.json"), '{"text": "First."}\n{"text": "Second."}\n');
      const items = await readAll([join(dir, "one.json"), join(dir, "lines.json")]);
      expect(articles(items).map((a) => a.text)).toEqual(["Only one.", "First.", "Second."]);
      expect(articles(items)[2]!.origin.line).toBe(2);
    } finally {
      cleanup();
    }
  });

  it("reads an HTML page: metadata, paragraph text with entities decoded, no page furniture", async () => {
    const [a] = articles(await readAll([FIXTURES + "corpus/page.html"]));
    expect(a).toMatchObject({
      title: "Harbour deal signed",
      date: "2023-05-04",
      source: "Example News",
      url: "https://news.example.org/harbour",
    });
    expect(a!.text).toBe("The port authority & the city signed the deal on Thursday.\n\n“It is a good day,” the mayor said.");
  });

  it("sniffs what comes on stdin: JSON Lines, a JSON array, HTML or text", async () => {
    const jsonl = articles(await readAll(["-"], { stdin: stdinOf('{"text": "A', '."}\n{"text": "B."}\n') }));
    expect(jsonl.map((a) => [a.text, a.origin])).toEqual([
      ["A.", { file: STDIN_NAME, line: 1 }],
      ["B.", { file: STDIN_NAME, line: 2 }],
    ]);
    const array = articles(await readAll(["-"], { stdin: stdinOf(' [{"text": "C."}]') }));
    expect(array.map((a) => a.text)).toEqual(["C."]);
    const html = articles(await readAll(["-"], { stdin: stdinOf("<html><body><p>D &amp; E.</p></body></html>") }));
    expect(html.map((a) => a.text)).toEqual(["D & E."]);
    const text = articles(await readAll(["-"], { stdin: stdinOf("date 2020-05-06\nPlain ", "text.") }));
    expect(text.map((a) => [a.text, a.date])).toEqual([["Plain text.", "2020-05-06"]]);
  });

  it("decodes a character split across chunks, and JSON Lines with CRLF endings", async () => {
    const bytes = Buffer.from('{"text": "Café in Zürich."}\r\n{"text": "Über."}\r\n');
    const split = bytes.indexOf(0xa9); // second byte of "é"
    const items = await readAll(["-"], { stdin: stdinOf(bytes.subarray(0, split), bytes.subarray(split)) });
    expect(problems(items)).toEqual([]);
    expect(articles(items).map((a) => a.text)).toEqual(["Café in Zürich.", "Über."]);
  });

  it("counts records cheaply for a progress bar, and says null for stdin", async () => {
    expect(await countInputs([FIXTURES + "corpus"])).toBe(6);
    expect(await countInputs([FIXTURES + "array.json", FIXTURES + "corpus/page.html"])).toBe(4);
    expect(await countInputs([FIXTURES + "corpus", "-"])).toBeNull();
    expect(await countInputs(["/no/such/path"])).toBe(0);
  });
});

describe("ingest HTML metadata", () => {
  it("falls back to schema.org JSON-LD for the headline and date, and to <body> text without <p>", async () => {
    const page = `<html><head><title>Site name</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
        "headline": "Ministers meet", "datePublished": "2019-07-08T12:00:00Z"}]}</script>
      <script type="application/ld+json">{ broken</script></head>
      <body><div>Ministers met in <b>Oslo</b>.<br>They agreed.</div><ul><li>One</li><li>Two</li></ul></body></html>`;
    const [a] = articles(await readAll(["-"], { stdin: stdinOf(page) }));
    expect(a).toMatchObject({ title: "Ministers meet", date: "2019-07-08", text: "Ministers met in Oslo.\n\nThey agreed.\n\nOne\n\nTwo" });
  });
});
