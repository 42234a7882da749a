import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { digests, fromCache, read, requireDist, runBuild, tempDir } from "../scale/helpers.js";
import { jsonl, shortArticles } from "./cluster.js";

type Positions = Map<string, { x: number; y: number }>;

const positions = (out: string): Positions =>
  new Map(
    (JSON.parse(read(join(out, "graph.json"))) as { nodes: Array<{ key: string; attributes: { x: number; y: number } }> }).nodes.map(
      ({ key, attributes: { x, y } }) => [key, { x, y }],
    ),
  );

/** One CSV line's cells (quoted cells may hold commas and doubled quotes). */
const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!).slice(0, -1);

/** The outputs' digests with every node position left out: what a grown build shares with a fresh one. */
function withoutPositions(out: string): Record<string, string> {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const graph = JSON.parse(read(join(out, "graph.json"))) as { nodes: Array<{ attributes: Record<string, unknown> }> };
  for (const node of graph.nodes) delete node.attributes.x, delete node.attributes.y;
  const [header, ...rows] = read(join(out, "nodes.csv")).trimEnd().split("\n").map(cells);
  const keep = header!.map((name, i) => (name === "x" || name === "y" ? -1 : i)).filter((i) => i >= 0);
  const { "edges.csv": edges, "extractions.jsonl": extractions } = digests(out);
  return {
    "graph.json": sha(JSON.stringify(graph)),
    "graph.gexf": sha(read(join(out, "graph.gexf")).replace(/<viz:position [^>]*\/>/g, "")),
    "nodes.csv": sha([header!, ...rows].map((row) => keep.map((i) => row[i]).join(",")).join("\n")),
    "edges.csv": edges!,
    "extractions.jsonl": extractions!,
  };
}

/** Mean distance, over the nodes both layouts have, between where they are in `a` and in `b`. */
function moved(a: Positions, b: Positions): number {
  let [sum, n] = [0, 0];
  for (const [key, p] of a) {
    const q = b.get(key);
    if (q) [sum, n] = [sum + Math.hypot(p.x - q.x, p.y - q.y), n + 1];
  }
  return sum / n;
}

// The local half of "graphs that grow": the cache in OUT/.cache, no queue and no database.
describe("a local build of a growing corpus", () => {
  beforeAll(requireDist);

  it("extracts only new and changed articles; its graph is a fresh build's, laid out from where the nodes were", async () => {
    const out = join(tempDir("grow"), "out");
    const fresh = async (inputs: string[]) => {
      const dir = join(tempDir("fresh"), "out");
      const run = await runBuild([...inputs, "--out", dir, "--workers", "1"]);
      expect(run.status, run.stderr).toBe(0);
      return dir;
    };
    const build = async (inputs: string[], extra: string[] = []) => {
      const run = await runBuild([...inputs, "--out", out, "--workers", "1", ...extra]);
      expect(run.status, run.stderr).toBe(0);
      return run;
    };
    const first = jsonl(shortArticles(20));
    expect(fromCache((await build([first])).stdout)).toBe(0);
    const before = positions(out);

    const added = jsonl(shortArticles(4, 20), "added.jsonl");
    const grown = await build([first, added]);
    expect(grown.stdout).toContain("articles: 24 read (20 from cache)");
    const scratch = await fresh([first, added]);
    expect(withoutPositions(out)).toEqual(withoutPositions(scratch));
    // The nodes the first build placed stay about where they were; a fresh layout puts them anywhere.
    const after = positions(out);
    expect(after.size).toBeGreaterThan(before.size);
    expect(moved(before, after)).toBeLessThan(moved(before, positions(scratch)) / 4);

    // One article removed, one rewritten: the next build reflects both, extracting only the rewrite.
    const now = shortArticles(24).slice(1);
    now[3] = { ...now[3]!, text: `${now[3]!.text}\n\nThe harbour master, Ines Varga, said the port would reopen.` };
    const current = jsonl(now);
    const changed = await build([current]);
    expect(changed.stdout).toContain("articles: 23 read (22 from cache)");
    const currentScratch = await fresh([current]);
    expect(withoutPositions(out)).toEqual(withoutPositions(currentScratch));

    // --no-cache lays the graph out from scratch: a fresh build's bytes.
    await build([current], ["--no-cache"]);
    expect(digests(out)).toEqual(digests(currentScratch));
  }, 300_000);
});
