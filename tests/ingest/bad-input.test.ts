import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articles, problems, readAll, tempDir } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Reads `bad` between two good files: the problem is reported and both good ones still come. */
async function problemOf(bad: string) {
  const before = write("before.txt", "Good article before.");
  const after = write("after.txt", "Good article after.");
  const items = await readAll([before, bad, after]);
  expect(articles(items).map((a) => a.text)).toEqual(["Good article before.", "Good article after."]);
  const found = problems(items);
  expect(found).toHaveLength(1);
  expect(found[0]!.message).toContain(bad);
  return found[0]!;
}

describe("ingest bad input", () => {
  it("reports a missing path", async () => {
    const p = await problemOf(join(dir, "missing.txt"));
    expect(p.message).toMatch(/^newsgraph\/ingest: .*missing\.txt: no such file/);
  });

  it("reports a dangling symlink inside a directory and reads the rest", async () => {
    mkdirSync(join(dir, "corpus"));
    writeFileSync(join(dir, "corpus", "ok.txt"), "Fine.");
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "corpus", "broken.txt"));
    const items = await readAll([join(dir, "corpus")]);
    expect(articles(items).map((a) => a.text)).toEqual(["Fine."]);
    expect(problems(items).map((p) => p.file)).toEqual([join(dir, "corpus", "broken.txt")]);
  });

  it("reports a file it has no permission to read", (ctx) => {
    const path = write("secret.txt", "Hidden article.");
    chmodSync(path, 0o000);
    chmodSync(dir, 0o755);
    // root reads anything: check as an unprivileged user, in a child process
    const asRoot = process.getuid?.() === 0;
    const script = `import { ingest } from ${JSON.stringify(new URL("../../src/ingest/index.ts", import.meta.url).pathname)};
      console.log("ready");
      for await (const item of ingest([${JSON.stringify(path)}])) console.log(JSON.stringify(item));`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: new URL("../..", import.meta.url).pathname,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    const [ready, ...lines] = run.stdout.trim().split("\n");
    // An unprivileged user may not be able to read the checkout itself (e.g. under /root).
    if (asRoot && ready !== "ready") return ctx.skip("no unprivileged user can load the code here");
    expect(run.stderr).not.toMatch(/Error/);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { kind: "problem", problem: { file: path, message: `newsgraph/ingest: ${path}: cannot read it: permission denied` } },
    ]);
  });

  it("reports binary data in a text file with its line", async () => {
    const p = await problemOf(write("blob.txt", Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01, 0x02])));
    expect(p.line).toBe(3);
    expect(p.message).toContain("binary data");
  });

  it("reports a binary file named explicitly, whatever its extension", async () => {
    const p = await problemOf(write("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])));
    expect(p.message).toContain("binary data");
  });

  it("refuses a binary file named .jsonl once, not line by line", async () => {
    const p = await problemOf(write("corpus.jsonl", Buffer.concat([Buffer.from("{\n"), Buffer.alloc(3000), Buffer.from("\n\n\n")])));
    expect(p.message).toContain("binary data");
  });

  it("reports invalid UTF-8 in a text file with its line", async () => {
    const p = await problemOf(write("latin1.txt", Buffer.concat([Buffer.from("One.\nTwo.\nCaf"), Buffer.from([0xe9]), Buffer.from(" au lait.\n")])));
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/:3: invalid UTF-8/);
  });

  it("reports UTF-16 text as such", async () => {
    const p = await problemOf(write("wide.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hi", "utf16le")])));
    expect(p.message).toContain("UTF-16");
  });

  it("reports an empty or blank text file", async () => {
    expect((await problemOf(write("empty.txt", ""))).message).toContain("empty article");
    cleanup();
    ({ dir, cleanup } = tempDir());
    expect((await problemOf(write("blank.md", " \n\t\n"))).message).toContain("empty article");
  });

  it("reports a header-only text file as empty", async () => {
    expect((await problemOf(write("header.txt", "date 2022-02-15\ntitle Nothing else\n"))).message).toContain("empty article");
  });

  it("reports an HTML page without text", async () => {
    expect((await problemOf(write("page.html", "<html><head><title>T</title></head><body><nav>x</nav></body></html>"))).message).toContain(
      "no text",
    );
  });

  it("reports each bad JSON line with its 1-based line and the reason, and reads the good ones", async () => {
    const lines = ['{"text": "Good one."}', '{"text": "broken', '{"title": "no text"}', '{"text": "   "}', "42"];
    // line 6 holds a raw 0xff byte, which no UTF-8 text contains
    const invalid = Buffer.from([0x7b, 0x22, 0x61, 0xff, 0x22, 0x7d, 0x0a]);
    const path = write("corpus.jsonl", Buffer.concat([Buffer.from(lines.join("\n") + "\n"), invalid, Buffer.from('{"text": "Good two."}\n')]));
    const items = await readAll([path]);
    expect(articles(items).map((a) => [a.text, a.origin.line])).toEqual([
      ["Good one.", 1],
      ["Good two.", 7],
    ]);
    const found = problems(items);
    expect(found.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(found.every((p) => p.file === path && p.message.startsWith(`newsgraph/ingest: ${path}:${p.line}: `))).toBe(true);
    expect(found[0]!.message).toMatch(/malformed JSON \(.+\)/);
    expect(found[1]!.message).toContain("no article text");
    expect(found[2]!.message).toContain("empty article");
    expect(found[3]!.message).toContain("expected a JSON object");
    expect(found[4]!.message).toContain("invalid UTF-8");
  });

  it("reports a malformed .json file with the line of the error", async () => {
    const p = await problemOf(write("bad.json", '[\n  {"text": "a"},\n  {"text" "b"}\n]'));
    expect(p.line).toBe(3);
    expect(p.message).toContain("malformed JSON");
  });

  it("skips an over-long line or file instead of holding it", async () => {
    const path = write("big.jsonl", `{"text": "${"x".repeat(5000)}"}\n{"text": "Small."}\n`);
    const items = await readAll([path, write("big.txt", "y".repeat(5000))], { maxArticleBytes: 1000, chunkBytes: 256 });
    expect(articles(items).map((a) => a.text)).toEqual(["Small."]);
    expect(problems(items).map((p) => [p.line, /too (long|large)/.test(p.message)])).toEqual([
      [1, true],
      [undefined, true],
    ]);
  });
});
