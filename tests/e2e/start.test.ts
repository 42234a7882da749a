/**
 * `npm start`'s command: `newsgraph serve DIR --build-if-stale INPUTS` builds when the graph is
 * missing or older than its inputs, then serves the viewer and prints its URL.
 * Needs `npm run build` first (npm test does it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { access, mkdtemp, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
let out: string;

beforeAll(async () => {
  await access(join(ROOT, "dist/cli.js")).catch(() => {
    throw new Error("newsgraph/e2e: dist/cli.js is missing: run `npm run build` first (npm test does)");
  });
  out = await mkdtemp(join(tmpdir(), "newsgraph-start-"));
});

afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await rm(out, { recursive: true, force: true });
});

/** Starts the command and resolves with the URL it prints and everything it printed before. */
function start(args: string[]): Promise<{ url: string; output: string }> {
  const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd: ROOT });
  children.push(child);
  let output = "";
  return new Promise((ok, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/https?:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) ok({ url, output });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => fail(new Error(`serve exited with ${code} before printing a URL:\n${output}`)));
  });
}

async function stop(): Promise<void> {
  const child = children.pop();
  if (!child || child.exitCode !== null) return;
  await new Promise((ok) => {
    child.once("exit", ok);
    child.kill("SIGTERM");
  });
}

describe("newsgraph serve --build-if-stale", () => {
  it("builds a missing graph from the inputs, then serves the viewer and that graph", async () => {
    const { url, output } = await start(["serve", out, "--build-if-stale", join(ROOT, "seeds")]);
    expect(output).toMatch(/articles: \d+ read/);
    const graph = (await (await fetch(new URL("graph.json", url))).json()) as { nodes: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(0);
    const page = await fetch(url);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<title>newsgraph</title>");
    await stop();
  });

  it("serves an up-to-date graph without building it again", async () => {
    const future = new Date(Date.now() + 60_000);
    await utimes(join(out, "graph.json"), future, future);
    const before = (await stat(join(out, "graph.json"))).mtimeMs;
    const { output } = await start(["serve", out, "--build-if-stale", join(ROOT, "seeds")]);
    expect((await stat(join(out, "graph.json"))).mtimeMs).toBe(before);
    expect(output).not.toMatch(/articles: \d+ read/);
    await stop();
  });
});
