import { mkdtemp, mkdir, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStale } from "../../src/pipeline/index.js";
import { serve, type Serving } from "../../src/serve/index.js";

/** Raw GET: fetch() would normalise `..` away before the server ever saw it. */
function get(
  url: string,
  path: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body, headers: res.headers }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serve", () => {
  let root: string;
  let server: Serving;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "newsgraph-serve-"));
    await mkdir(join(root, "viewer/assets"), { recursive: true });
    await mkdir(join(root, "out"));
    await writeFile(join(root, "viewer/index.html"), "<!doctype html><title>viewer</title>");
    await writeFile(join(root, "viewer/assets/app.js"), "console.log(1)");
    await writeFile(join(root, "out/graph.json"), '{"nodes":[]}');
    await writeFile(join(root, "out/extractions.jsonl"), "private\n");
    await mkdir(join(root, "out/evidence"));
    await writeFile(join(root, "out/evidence/3.json"), '{"e":[]}');
    await writeFile(join(root, "out/evidence/notes.txt"), "private");
    await writeFile(join(root, "secret.txt"), "secret");
    await symlink(join(root, "secret.txt"), join(root, "viewer/assets/link.txt"));
    server = await serve(join(root, "out"), { viewerDir: join(root, "viewer") });
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("listens on loopback, on a free port by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves the viewer and the build's graph at one origin with their content types", async () => {
    const index = await get(server.url, "/");
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/^text\/html/);
    expect(index.body).toContain("<title>viewer</title>");
    expect((await get(server.url, "/assets/app.js")).type).toMatch(/^text\/javascript/);
    const graph = await get(server.url, "/graph.json?cache=1");
    expect(graph.status).toBe(200);
    expect(graph.type).toMatch(/^application\/json/);
    expect(graph.body).toBe('{"nodes":[]}');
  });

  it("serves the evidence files the viewer fetches per link", async () => {
    const shard = await get(server.url, "/evidence/3.json");
    expect(shard.status).toBe(200);
    expect(shard.body).toBe('{"e":[]}');
  });

  it("exposes nothing else of the output directory", async () => {
    expect((await get(server.url, "/evidence/notes.txt")).status).toBe(404);
    expect((await get(server.url, "/evidence/../extractions.jsonl")).status).toBe(404);
    expect((await get(server.url, "/extractions.jsonl")).status).toBe(404);
    expect((await get(server.url, "/missing.js")).status).toBe(404);
  });

  it("refuses path traversal, encoded or not, and symlinks leading outside", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/assets/link.txt", "/%00"]) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("secret");
    }
  });

  it("answers only GET and HEAD", async () => {
    expect((await get(server.url, "/", "POST")).status).toBe(405);
    const head = await get(server.url, "/graph.json", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });

  it("sends a content security policy and refuses framing, sniffing and referrers, errors included", async () => {
    for (const path of ["/", "/graph.json", "/missing.js"]) {
      const { headers } = await get(server.url, path);
      expect(headers["content-security-policy"], path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
    }
  });

  it("answers only requests addressed to its own loopback name (no DNS rebinding)", async () => {
    expect((await get(server.url, "/graph.json", "GET", { Host: "attacker.example" })).status).toBe(421);
    expect((await get(server.url, "/graph.json", "GET", { Host: `attacker.example:${server.port}` })).status).toBe(421);
    expect((await get(server.url, "/graph.json", "GET", { Host: `localhost:${server.port}` })).status).toBe(200);
    expect((await get(server.url, "/graph.json")).status).toBe(200);
  });

  it("refuses to start without a built viewer, naming the stage", async () => {
    await expect(serve(join(root, "out"), { viewerDir: join(root, "nowhere") })).rejects.toThrow(/newsgraph\/serve/);
  });

  it("calls a build stale when graph.json is missing or older than an input", async () => {
    const inputs = join(root, "in");
    await mkdir(join(inputs, "deep"), { recursive: true });
    await writeFile(join(inputs, "deep/a.txt"), "text");
    const out = join(root, "out2");
    await mkdir(out);
    expect(await isStale(out, [inputs])).toBe(true);
    await writeFile(join(out, "graph.json"), "{}");
    expect(await isStale(out, [inputs])).toBe(true);
    await writeFile(join(out, ".manifest.json"), "{}");
    const past = new Date(Date.now() - 60_000);
    await utimes(join(inputs, "deep/a.txt"), past, past);
    await utimes(join(inputs, "deep"), past, past);
    await utimes(inputs, past, past);
    expect(await isStale(out, [inputs])).toBe(false);
    await writeFile(join(inputs, "deep/a.txt"), "changed");
    expect(await isStale(out, [inputs])).toBe(true);
  });
});
