import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");
const SCHEMA = join(ROOT, "tests/fixtures/gexf/1.3-vizfix/gexf.xsd");

function newsgraph(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let corpus: string;
let work: string;

beforeAll(() => {
  // `npm test` compiles first; a lone `vitest run` of this file compiles when dist is missing.
  if (!existsSync(CLI)) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: ROOT, stdio: "ignore" });
  }
  work = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
  corpus = join(work, "corpus");
  mkdirSync(corpus);
  writeFileSync(
    join(corpus, "talks.txt"),
    "title Talks in Berlin\ndate 2023-03-01\n\nGerman Chancellor Angela Merkel met French President Nicolas Sarkozy in Berlin. " +
      'Merkel said that "Germany and France will work together." NATO welcomed the talks.\n',
  );
  writeFileSync(
    join(corpus, "wire.jsonl"),
    [
      JSON.stringify({ id: "w1", title: "Wire", date: "2023-03-02", text: "Nicolas Sarkozy spoke with NATO officials in Paris about Germany." }),
      "{this is not json",
      JSON.stringify({ id: "w3", title: "Blank", text: "   " }),
    ].join("\n") + "\n",
  );
  writeFileSync(join(corpus, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
});

describe("newsgraph CLI", () => {
  it("documents every build option in --help", () => {
    const { status, stdout } = newsgraph(["build", "--help"]);
    expect(status).toBe(0);
    for (const option of ["--out", "--strict", "--evidence", "--min-weight", "--min-mentions", "--workers", "--no-cache", "--quiet"]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/Exit status/);
  });

  it("builds a corpus, skipping bad inputs with file and line, into schema-valid outputs", () => {
    const out = join(work, "out");
    const { status, stdout, stderr } = newsgraph(["build", corpus, "--out", out, "--workers", "1"]);
    expect(stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(status).toBe(0);
    expect(stdout).toMatch(/articles: 2 read, 3 skipped/);
    expect(stdout).toMatch(/skipped.*wire\.jsonl:2: /);
    expect(stdout).toMatch(/skipped.*wire\.jsonl:3: /);
    expect(stdout).toMatch(/skipped.*image\.txt(:1)?: binary/);
    expect(stdout).toMatch(/entities: \d+ person, \d+ country, \d+ organization/);
    expect(stdout).toMatch(/edges: \d+ cooccurrence, \d+ quote, \d+ cites/);
    for (const file of ["graph.gexf", "graph.json", "nodes.csv", "edges.csv", "extractions.jsonl"]) {
      expect(existsSync(join(out, file))).toBe(true);
    }
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, join(out, "graph.gexf")], { stdio: "pipe" });
    const lines = readFileSync(join(out, "extractions.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const keys = new Set(graph.nodes.map((n: { key: string }) => n.key));
    for (const line of lines) {
      for (const mention of JSON.parse(line).mentions) expect(keys.has(mention.entity)).toBe(true);
    }
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp") || name.endsWith(".spill"))).toEqual([]);
  });

  it("fails with --strict on any skip and keeps the previous outputs", () => {
    const out = join(work, "strict");
    // Default --workers auto: a small input is extracted in-process.
    expect(newsgraph(["build", join(corpus, "talks.txt"), "--out", out, "-q"]).status).toBe(0);
    const before = readFileSync(join(out, "graph.json"), "utf8");
    const { status, stderr } = newsgraph(["build", corpus, "--out", out, "--strict", "-q"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/wire\.jsonl:2/);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(before);
  });

  it("exits non-zero when nothing is readable, and on bad options", () => {
    const bad = newsgraph(["build", join(corpus, "image.txt"), join(work, "missing.txt"), "--out", join(work, "none"), "--workers", "1"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toMatch(/articles: 0 read, 2 skipped/);
    expect(existsSync(join(work, "none", "graph.json"))).toBe(false);
    const option = newsgraph(["build", "--evidence", "-1"]);
    expect(option.status).toBe(1);
    expect(option.stderr).toMatch(/--evidence/);
    expect(newsgraph(["build", "--workers", "many"]).stderr).toMatch(/--workers must be/);
  });

  it("extracts on a worker pool, reusing cached extractions unless --no-cache", () => {
    const out = join(work, "pool");
    const first = newsgraph(["build", corpus, "--out", out, "--workers", "2"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/articles: 2 read, 3 skipped/);
    const again = newsgraph(["build", corpus, "--out", out, "--workers", "2"]);
    expect(again.stdout).toMatch(/articles: 2 read \(2 from cache\)/);
    expect(readFileSync(join(out, "graph.json"), "utf8")).toBe(readFileSync(join(work, "out", "graph.json"), "utf8"));
    const fresh = newsgraph(["build", corpus, "--out", out, "--workers", "2", "--no-cache"]);
    expect(fresh.stdout).toMatch(/articles: 2 read, 3 skipped/);
  });

  it("serves a build, first building it when stale", async () => {
    const out = join(work, "served");
    const child = spawn(process.execPath, [CLI, "serve", out, "--build-if-stale", join(corpus, "talks.txt")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let stdout = "";
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /viewer at (http:\/\/\S+)/.exec(stdout);
          if (match) ok(match[1]!);
        });
        child.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${stdout}`)));
      });
      expect(stdout).toMatch(/articles: 1 read, 0 skipped/);
      const response = await fetch(new URL("graph.json", url));
      expect(response.status).toBe(200);
      expect((await response.json()).nodes.length).toBeGreaterThan(0);
    } finally {
      child.kill();
    }
  });

  it("reads an article from stdin", () => {
    const out = join(work, "stdin");
    const { status, stdout } = newsgraph(["build", "-", "--out", out, "--workers", "1"], "NATO met in Brussels with Germany and France.\n");
    expect(status).toBe(0);
    expect(stdout).toMatch(/articles: 1 read, 0 skipped/);
  });
});
