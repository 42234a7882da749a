/**
 * Inputs a real corpus contains, at small sizes (the large ones are rows of `npm run bench --
 * --robust`): every build completes with a sensible graph, nothing is left half-written.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { chunkBounds, extractArticle } from "../../src/extract/chunks.js";
import type { Article } from "../../src/ingest/types.js";
import { build, formatSummary } from "../../src/pipeline/index.js";
import { createExtractAll } from "../../src/pipeline/pool.js";
import { requireDist } from "../scale/helpers.js";
import { capitalRun, deepNesting, generator, longSentence, longToken, nameList, prose, quoteStorm } from "./generate.js";

const folder = (prefix: string) => mkdtempSync(join(tmpdir(), `newsgraph-robust-${prefix}-`));

function corpus(texts: Array<string | Record<string, unknown>>): string {
  const file = join(folder("in"), "corpus.jsonl");
  writeFileSync(file, texts.map((t) => JSON.stringify(typeof t === "string" ? { text: t } : t)).join("\n") + "\n");
  return file;
}

const lines = (out: string) => readFileSync(join(out, "extractions.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
const graphOf = (out: string) => JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { nodes: { key: string }[]; edges: unknown[] };
const article = (text: string): Article => ({ id: "t", title: "", date: null, source: null, url: null, text, origin: { file: "t.txt" } });

const WIRE = 'Mira Solvang met Teodor Kask in Oslo on Monday. "We found common ground," Solvang said.';

describe("identical articles", () => {
  it("are built once and reported, or each counted with keepDuplicates", async () => {
    const input = corpus([WIRE, WIRE, WIRE, "Teodor Kask later flew to Riga."]);
    const out = join(folder("dup"), "out");
    const once = await build({ inputs: [input], out, quiet: true, workers: 1 });
    expect(once.articles).toBe(2);
    expect(once.duplicates).toBe(2);
    expect(formatSummary(once)).toContain("2 duplicate articles (identical texts: counted once; --keep-duplicates counts each)");
    expect(lines(out)).toHaveLength(2);

    const kept = await build({ inputs: [input], out: join(folder("dup"), "out"), quiet: true, workers: 1, keepDuplicates: true });
    expect(kept.articles).toBe(4);
    const ids = lines(join(kept.files[0]!, "..")).map((l) => l.id);
    expect(new Set(ids).size).toBe(4);
  });

  it("never break two builds writing one output folder at once", async () => {
    const input = corpus([WIRE, WIRE, WIRE, WIRE]);
    const out = join(folder("twice"), "out");
    const [a, b] = await Promise.all([1, 2].map(() => build({ inputs: [input], out, quiet: true, workers: 1 })));
    expect(a!.articles).toBe(1);
    expect(b!.articles).toBe(1);
    expect(graphOf(out).nodes.map((n) => n.key)).toContain("person:mira-solvang");
    const temps = readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith(".tmp"));
    expect(temps).toEqual([]);
  });
});

describe("long and pathological articles", () => {
  it("extracts a long article in chunks whose offsets and sentences are those of the whole text", () => {
    const g = generator(11);
    const paragraphs = Array.from({ length: 40 }, () => `${g.person()} met ${g.person()} in Paris. "It went well," ${g.person()} said.`);
    const text = paragraphs.join("\n\n");
    const chunks = { chunkChars: 400, chunkNames: 1000, sentenceChars: 300 };
    expect(chunkBounds(text, chunks).length).toBeGreaterThan(5);
    const whole = extract(article(text));
    const chunked = extractArticle(article(text), {}, chunks);
    for (const m of chunked.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = chunked.sentences[m.sentence]!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
    for (const q of chunked.quotes) expect(text.slice(q.start, q.end)).toContain(q.text);
    // Paragraph-aligned chunks of independent paragraphs: the same article as one extraction.
    expect(chunked.sentences).toEqual(whole.sentences);
    expect(chunked.mentions).toEqual(whole.mentions);
    expect(chunked.quotes).toEqual(whole.quotes);
    expect(new Set(chunked.entities.map((e) => e.key))).toEqual(new Set(whole.entities.map((e) => e.key)));
  });

  it("cuts a sentence with no full stop at a space, and never inside a token", () => {
    const text = longSentence(3000);
    const bounds = chunkBounds(text);
    expect(bounds.length).toBeGreaterThan(1);
    for (const [start, end] of bounds) expect(end - start).toBeLessThanOrEqual(2000);
    for (const [start] of bounds.slice(1)) expect(text[start - 1]).toMatch(/\s/);
    const blob = longToken(50_000);
    const token = blob.split(" ").find((word) => word.length >= 50_000)!;
    expect(chunkBounds(blob).some(([start, end]) => blob.slice(start, end).includes(token))).toBe(true);
  });

  it("builds capital runs, quote storms, run-on sentences, endless tokens and deep nesting", async () => {
    const texts = [capitalRun(1500), quoteStorm(500), longSentence(2500), longToken(50_000), deepNesting(500), WIRE];
    const out = join(folder("patho"), "out");
    const summary = await build({ inputs: [corpus(texts)], out, quiet: true, workers: 1 });
    expect(summary.skipped).toEqual([]);
    expect(summary.articles).toBe(texts.length);
    expect(graphOf(out).nodes.length).toBeGreaterThan(10);
    expect(lines(out)).toHaveLength(texts.length);
    // The bench measures the cost; the test's limit only says nothing ran away.
  }, 180_000);

  it("links a sentence naming hundreds of entities as a list, not each to each", async () => {
    const out = join(folder("list"), "out");
    const summary = await build({ inputs: [corpus([nameList(300)])], out, quiet: true, workers: 1 });
    expect(summary.entities.person).toBeGreaterThanOrEqual(250);
    // Each to each would be ~45,000 pairs; each to the first three named, under 3 per entity.
    expect(summary.edges.cooccurrence).toBeLessThan(3 * summary.entities.person);
    expect(summary.edges.cooccurrence).toBeGreaterThan(summary.entities.person - 5);
    expect(formatSummary(summary)).toMatch(/\d+ sentences? naming over 12 entities linked as lists/);
  });

  it("keeps an article's most mentioned entities when it names more than one article may bring, and says so", async () => {
    const text = quoteStorm(1500);
    const whole = extractArticle(article(text), {}, {}, { maxEntities: 1e9, charsPerEntity: 1 });
    const cut = extractArticle(article(text), {}, {}, { maxEntities: 50, charsPerEntity: 1e9 });
    expect(whole.truncated).toBeUndefined();
    expect(cut.truncated).toEqual({ entities: whole.entities.length, kept: 50 });
    const mentions = new Map<string, number>();
    for (const m of [...whole.mentions, ...whole.references]) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
    const kept = new Set(cut.entities.map((e) => e.key));
    const fewest = Math.min(...[...kept].map((key) => mentions.get(key) ?? 0));
    const dropped = whole.entities.filter((e) => !kept.has(e.key)).map((e) => mentions.get(e.key) ?? 0);
    expect(Math.max(...dropped)).toBeLessThanOrEqual(fewest);
    expect(cut.mentions).toEqual(whole.mentions.filter((m) => kept.has(m.entity)));
    for (const q of cut.quotes) for (const key of [q.speaker, q.reportedBy, ...q.about]) if (key !== null) expect(kept.has(key)).toBe(true);

    // Through the build, with the default cap: the summary names the file, line and article.
    const out = join(folder("cap"), "out");
    const input = corpus([{ id: "storm", text }, WIRE]);
    const summary = await build({ inputs: [input], out, quiet: true, workers: 1 });
    expect(summary.articles).toBe(2);
    expect(summary.truncated.map((t) => t.message)).toEqual([expect.stringMatching(/corpus\.jsonl:1 \(article storm\): names [\d,]+ entities, .*kept its [\d,]+ most mentioned/)]);
    expect(formatSummary(summary)).toMatch(/truncated: .*article storm/);
    expect(lines(out)[0].truncated.kept).toBeLessThan(lines(out)[0].truncated.entities);
    expect(graphOf(out).nodes.map((n) => n.key)).toContain("person:mira-solvang");
    // Said again when the extraction comes from the cache.
    const again = await build({ inputs: [input], out, quiet: true, workers: 1 });
    expect(again.cached).toBe(2);
    expect(again.truncated).toEqual(summary.truncated);
  }, 120_000);

  it("keeps an article's most repeated links when it makes more than one article may bring, and notes it", async () => {
    const out = join(folder("links"), "out");
    const dense = "Mira Solvang met Teodor Kask on Monday. Mira Solvang met Teodor Kask again. Anna Berg met Lars Holm. Anna Berg met Per Dahl.";
    const summary = await build({ inputs: [corpus([{ id: "dense", text: dense }, "Teodor Kask later called Anna Berg."])], out, quiet: true, workers: 1, graph: { articleLinks: 1, articleLinkChars: 1_000_000 } });
    const edges = (graphOf(out) as unknown as { edges: { source: string; target: string; attributes: { weight: number } }[] }).edges;
    expect(edges.map((e) => [e.source, e.target, e.attributes.weight]).sort()).toEqual([
      ["person:anna-berg", "person:teodor-kask", 1],
      ["person:mira-solvang", "person:teodor-kask", 2],
    ]);
    expect(summary.notes).toContain("article dense makes 3 links, more than one article may bring (1 plus one per 1,000,000 characters): kept its 1 most repeated");
  }, 60_000);

  it("writes lone surrogates as valid UTF-8 and valid JSON", async () => {
    const out = join(folder("surrogate"), "out");
    await build({ inputs: [corpus([`Mira Solvang \uD800 met Teodor Kask\uDC00 in Oslo.`])], out, quiet: true, workers: 1 });
    for (const name of ["graph.json", "graph.gexf", "nodes.csv", "edges.csv", "extractions.jsonl"]) {
      const bytes = readFileSync(join(out, name));
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), name).not.toThrow();
    }
    expect(() => graphOf(out)).not.toThrow();
    expect(lines(out)).toHaveLength(1);
  });
});

describe("a build's output set", () => {
  it("is rebuilt when a killed run left a file of another build beside the manifest's, and loses the killed run's temp files", async () => {
    const input = corpus([WIRE]);
    const out = join(folder("mix"), "out");
    await build({ inputs: [input], out, quiet: true, workers: 1 });
    const gexf = readFileSync(join(out, "graph.gexf"), "utf8");
    // What a build of another corpus, killed after renaming its GEXF, leaves behind.
    writeFileSync(join(out, "graph.gexf"), gexf.replace("Mira Solvang", "Other Person"));
    writeFileSync(join(out, ".graph.json.999999999.0badf00d.tmp"), "{");
    writeFileSync(join(out, ".extractions.999999999.0badf00d.spill"), "{");
    const again = await build({ inputs: [input], out, quiet: true, workers: 1 });
    expect(again.upToDate).toBe(false);
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toBe(gexf);
    expect(readdirSync(out).filter((name) => /\.(tmp|spill)$/.test(name))).toEqual([]);
    expect((await build({ inputs: [input], out, quiet: true, workers: 1 })).upToDate).toBe(true);
  });

  it("treats a damaged cache entry as a miss, with a warning", async () => {
    const input = corpus([WIRE]);
    const out = join(folder("damaged"), "out");
    await build({ inputs: [input], out, quiet: true, workers: 1 });
    const entries = (readdirSync(join(out, ".cache"), { recursive: true }) as string[]).filter((p) => p.endsWith(".json"));
    expect(entries).toHaveLength(1);
    writeFileSync(join(out, ".cache", entries[0]!), '{"id": 1, "mentions": "no"}');
    const summary = await build({ inputs: [input], out, quiet: true, workers: 1, cache: true });
    expect(summary.articles).toBe(1);
    expect(summary.warnings.join("\n")).toMatch(/damaged entry/);
    expect(JSON.parse(readFileSync(join(out, ".cache", entries[0]!), "utf8")).mentions.length).toBeGreaterThan(0);
  });
});

describe("the pool", () => {
  it("skips an article that overruns its time budget, replaces the worker, builds the rest, and remembers the skip", async () => {
    requireDist();
    // Several seconds of ordinary prose against a one-second budget.
    const slow = prose(400_000);
    const input = corpus([{ id: "slow", text: slow }, WIRE, "Teodor Kask later flew to Riga."]);
    const out = join(folder("timeout"), "out");
    const summary = await build({ inputs: [input], out, quiet: true, workers: 2, articleTimeout: 1 });
    expect(summary.skipped, JSON.stringify(summary.skipped)).toHaveLength(1);
    expect(summary.skipped[0]!.message).toMatch(/corpus\.jsonl:1 \(article slow\): took longer than 1 s/);
    expect(summary.articles).toBe(2);
    expect(existsSync(join(out, "graph.json"))).toBe(true);

    // The skip is remembered with the extraction's key: a re-run says so instead of paying the budget again…
    const again = await build({ inputs: [input], out, quiet: true, workers: 2, articleTimeout: 1 });
    expect(again.skipped.map((s) => s.message)).toEqual([expect.stringMatching(/corpus\.jsonl:1 \(article slow\): skipped, as in the previous build: took longer than 1 s/)]);
    expect(formatSummary(again)).toContain("skipped, as in the previous build");
    expect(again.cached).toBe(2);
    // …and a larger budget tries it again.
    const larger = await build({ inputs: [input], out, quiet: true, workers: 2, articleTimeout: 600 });
    expect(larger.skipped).toEqual([]);
    expect(larger.articles).toBe(3);
  }, 240_000);

  it("replaces a worker that dies while loading and one that dies under an article, and extracts every article", async () => {
    requireDist();
    const dir = folder("flaky");
    process.env.NEWSGRAPH_FLAKY_DIR = dir;
    process.env.NEWSGRAPH_FLAKY_TASK = "1";
    try {
      const warnings: string[] = [];
      const errors: string[] = [];
      const step = createExtractAll({
        workers: 2,
        workerFile: fileURLToPath(new URL("./fixtures/flaky-worker.mjs", import.meta.url)),
        onWarning: (message) => warnings.push(message),
        onError: (_article, error) => errors.push(error.message),
      });
      async function* articles() {
        for (const [i, text] of [WIRE, "Teodor Kask later flew to Riga.", "Anna Berg met Lars Holm in Tallinn."].entries()) {
          yield { ...article(text), id: `a${i}` };
        }
      }
      const ids: string[] = [];
      for await (const doc of step.extractAll(articles())) ids.push(doc.id);
      expect(errors).toEqual([]);
      expect(ids).toEqual(["a0", "a1", "a2"]);
      // Both deaths happened, and each was heard.
      expect(readdirSync(dir).sort()).toEqual(["load", "task"]);
      expect(warnings.join("\n")).toMatch(/an extraction worker failed to start .*; it was replaced/);
      expect(warnings.join("\n")).toMatch(/died .*trying its article again/);
    } finally {
      delete process.env.NEWSGRAPH_FLAKY_DIR;
      delete process.env.NEWSGRAPH_FLAKY_TASK;
    }
  }, 120_000);

  it("caps the workers at what the machine holds", async () => {
    requireDist();
    const out = join(folder("many"), "out");
    mkdirSync(out, { recursive: true });
    const summary = await build({ inputs: [corpus([WIRE])], out, quiet: true, workers: 1000 });
    expect(summary.articles).toBe(1);
    expect(summary.warnings.join("\n")).toMatch(/extraction workers instead of 1000/);
  }, 120_000);
});

describe("extraction bugs that long articles met", () => {
  it("follows a chain of organization aliases instead of throwing", () => {
    const x = extract(article("The Northern Vale Film Board funded the film. The Vale Film Board (VFB) said so."));
    const keys = new Set(x.mentions.filter((m) => m.entityType === "organization").map((m) => m.entity));
    expect(keys).toEqual(new Set(["organization:northern-vale-film-board"]));
  });
});
