import { openSync, writeSync, closeSync, createWriteStream, statSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countInputs, ingest } from "../../src/ingest/index.js";
import { tempDir } from "./helpers.js";

const LINES = 50_000;
const record = (i: number) => JSON.stringify({ id: `a${String(i).padStart(5, "0")}`, text: `Article number ${i} says little.` });

let dir: string;
let cleanup: () => void;
let corpus: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  corpus = join(dir, "corpus.jsonl");
  const out = createWriteStream(corpus);
  for (let i = 0; i < LINES; i++) out.write(`${record(i)}\n`);
  out.end();
  await finished(out);
});
afterAll(() => cleanup());

describe("ingest streaming", () => {
  it("yields the first article of stdin long before the stream is read through", async () => {
    let produced = 0;
    const stdin = Readable.from(
      (function* () {
        for (; produced < LINES; ) yield Buffer.from(`${record(produced++)}\n`);
      })(),
    );
    const it = ingest(["-"], { stdin })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value).toMatchObject({ kind: "article", article: { id: "a00000" } });
    expect(produced).toBeLessThan(LINES / 10);
    await it.return?.(undefined);
  });

  it("reads a file as it goes: a change to its end after the first article is seen", async () => {
    const size = statSync(corpus).size;
    const last = record(LINES - 1);
    const replacement = JSON.stringify({ id: "changed", text: "x".repeat(last.length - 30) }).padEnd(last.length, " ");
    expect(replacement.length).toBe(last.length);

    const it = ingest([corpus])[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value).toMatchObject({ kind: "article", article: { id: "a00000", origin: { line: 1 } } });
    // Overwrite the last line in place: a reader that had loaded the file would not see it.
    const fd = openSync(corpus, "r+");
    writeSync(fd, replacement, size - last.length - 1);
    closeSync(fd);

    let count = 1;
    let lastId = "";
    for (let r = await it.next(); !r.done; r = await it.next()) {
      expect(r.value.kind).toBe("article");
      if (r.value.kind === "article") lastId = r.value.article.id;
      count++;
    }
    expect(count).toBe(LINES);
    expect(lastId).toBe("changed");
  });

  it("counts the corpus's records without parsing it", async () => {
    expect(await countInputs([corpus])).toBe(LINES);
  });

  it("stops reading when the consumer stops, and can read the file again at once", async () => {
    const ids: string[] = [];
    for (const _ of [1, 2]) {
      for await (const item of ingest([corpus])) {
        if (item.kind === "article") ids.push(item.article.id);
        if (ids.length % 3 === 0) break;
      }
    }
    expect(ids).toEqual(["a00000", "a00001", "a00002", "a00000", "a00001", "a00002"]);
  });
});
