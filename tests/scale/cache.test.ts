import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleKey, extractorVersion, openCache, pruneCache } from "../../src/pipeline/cache.js";
import { createExtractAll } from "../../src/pipeline/pool.js";
import type { DocExtraction } from "../../src/extract/types.js";
import type { Article } from "../../src/ingest/types.js";
import { tempDir } from "./helpers.js";

const article: Article = {
  id: "a1",
  title: "Talks",
  date: "2022-02-15",
  source: null,
  url: null,
  text: "Leaders met in Paris.",
  origin: { file: "a.txt" },
};

const doc = (id: string) => ({ id, mentions: [], references: [], quotes: [], entities: [], sentences: [] }) as unknown as DocExtraction;

describe("extraction cache", () => {
  it("keys an article by what extraction reads, not by where the file was", () => {
    const key = articleKey(article);
    expect(articleKey({ ...article, origin: { file: "moved/a.txt", line: 3 } })).toBe(key);
    expect(articleKey({ ...article, text: "Leaders met in Rome." })).not.toBe(key);
    expect(articleKey({ ...article, id: "a2" })).not.toBe(key);
    expect(articleKey({ ...article, date: null })).not.toBe(key);
  });

  it("changes the extractor version when the compiled extractor changes", () => {
    const dist = tempDir("dist");
    writeFileSync(join(dist, "index.js"), "export const a = 1;");
    mkdirSync(join(dist, "gazetteer"));
    writeFileSync(join(dist, "gazetteer", "orgs.js"), "export default [];");
    const before = extractorVersion(dist);
    expect(extractorVersion(dist)).toBe(before);
    writeFileSync(join(dist, "index.js.map"), "{}");
    expect(extractorVersion(dist)).toBe(before);
    writeFileSync(join(dist, "gazetteer", "orgs.js"), 'export default ["Example Agency"];');
    expect(extractorVersion(dist)).not.toBe(before);
    expect(() => extractorVersion(join(dist, "missing"))).toThrow(/newsgraph\/build: .*npm run build/);
  });

  it("changes the version with the extraction options and with any data file beside the sources", () => {
    const dist = tempDir("dist");
    const src = tempDir("src");
    writeFileSync(join(dist, "index.js"), "export const a = 1;");
    writeFileSync(join(src, "index.ts"), "export const a = 1;");
    const before = extractorVersion(dist, {}, src);
    expect(extractorVersion(dist, { quotes: false }, src)).not.toBe(before);
    // Sources and READMEs are compiled or read by people; a model file is read by the extractor.
    writeFileSync(join(src, "README.md"), "notes");
    expect(extractorVersion(dist, {}, src)).toBe(before);
    mkdirSync(join(src, "model"));
    writeFileSync(join(src, "model", "weights.json"), "[0.5]");
    const withModel = extractorVersion(dist, {}, src);
    expect(withModel).not.toBe(before);
    writeFileSync(join(src, "model", "weights.json"), "[0.25]");
    expect(extractorVersion(dist, {}, src)).not.toBe(withModel);
  });

  it("stores entries atomically per version, reads them back, and prunes other versions", async () => {
    const root = tempDir("cache");
    const cache = await openCache({ dir: root, version: "0123456789abcdef" });
    const key = articleKey(article);
    expect(await cache.get(key, "a1")).toBeUndefined();
    await cache.put(key, JSON.stringify(doc("a1")));
    expect(await cache.get(key, "a1")).toEqual(doc("a1"));
    // No temporary file is left next to the entry.
    expect(readdirSync(join(cache.dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
    // A damaged entry counts as missing, so the article is extracted again.
    writeFileSync(join(cache.dir, key.slice(0, 2), `${key}.json`), '{"id": "a1", "ment');
    expect(await cache.get(key, "a1")).toBeUndefined();
    // So is an entry that parses but is not an extraction of this article, with a warning.
    const warnings: string[] = [];
    const warned = await openCache({ dir: root, version: "0123456789abcdef", onWarning: (w) => warnings.push(w) });
    writeFileSync(join(cache.dir, key.slice(0, 2), `${key}.json`), '{"id": "a1"}');
    expect(await warned.get(key, "a1")).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/damaged entry .*extracting again/)]);
    // Identical articles written at once each leave a whole entry, and no temporary file.
    await Promise.all([1, 2, 3].map(() => cache.put(key, JSON.stringify(doc("a1")))));
    expect(await cache.get(key, "a1")).toEqual(doc("a1"));
    expect(readdirSync(join(cache.dir, key.slice(0, 2)))).toEqual([`${key}.json`]);

    const other = await openCache({ dir: root, version: "fedcba9876543210" });
    await other.put(key, JSON.stringify(doc("a1")));
    expect(await pruneCache(root, "fedcba9876543210")).toBe(1);
    expect(readdirSync(root)).toEqual(["fedcba9876543210"]);
  });
});

describe("the extraction step on a grown corpus", () => {
  const articles = (from: number, to: number): Article[] =>
    Array.from({ length: to - from }, (_, i) => ({
      ...article,
      id: `g${from + i}`,
      text: `Mira Solvang met Teodor Kask in Oslo on day ${from + i}.`,
    }));
  async function* each(list: Article[]): AsyncIterable<Article> {
    yield* list;
  }

  it("hands on cached and new articles in input order, however far ahead the new ones were read", async () => {
    const cacheDir = tempDir("grown-cache");
    const first = createExtractAll({ inThread: true, cacheDir });
    for await (const _ of first.extractAll(each([...articles(0, 10), ...articles(20, 30)]))) void _;
    const corpus = [...articles(0, 30), ...articles(30, 33)];
    const step = createExtractAll({ inThread: true, cacheDir });
    const order: string[] = [];
    for await (const doc of step.extractAll(each(corpus))) order.push(doc.id);
    expect(order).toEqual(corpus.map((a) => a.id));
    expect(step.stats).toMatchObject({ cached: 20, extracted: 13 });
  }, 120_000);
});
