/**
 * The viewer bench alone, for two builds of the viewer in one session (the machine's load then
 * reaches both): `npx tsx tests/bench/viewer-compare.ts BASE_DIST [NEW_DIST] [--runs R]` prints
 * each build's rows at the --quick size (3,000 nodes, 15,000 edges) and the ratio new/base.
 * Rounds alternate between the builds (base, new, base, new…), each a full bench round with its
 * own bare sigma, and each figure is the median of a build's rounds: a load that comes and goes
 * on a shared machine reaches both builds instead of whichever ran second.
 * BASE_DIST is a viewer/dist built from the commit to compare with (e.g. in a `git worktree`).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchViewer, type Row } from "./viewer.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 2;
const [base, next = join(ROOT, "viewer/dist")] = args;
if (!base || !(runs >= 1)) throw new Error("newsgraph/bench: usage: viewer-compare.ts BASE_DIST [NEW_DIST] [--runs R]");

const quick = { nodes: 3000, edges: 15_000, runs: 1 };
const rounds: { base: Row[]; next: Row[] }[] = [];
for (let round = 0; round < runs; round++) {
  rounds.push({ base: await benchViewer({ ...quick, viewerDir: base }), next: await benchViewer({ ...quick, viewerDir: next }) });
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const value = (rows: Row[], name: string) => rows.find((r) => r.name === name)?.value ?? NaN;
for (const row of rounds[0]!.next) {
  if (!row.name.startsWith("viewer:") && !row.name.startsWith("bare sigma:")) continue;
  const was = median(rounds.map((r) => value(r.base, row.name)));
  const now = median(rounds.map((r) => value(r.next, row.name)));
  const each = rounds.map((r) => `${value(r.base, row.name).toFixed(1)}→${value(r.next, row.name).toFixed(1)}`).join(", ");
  console.log(`${row.name.padEnd(48)} base ${was.toFixed(1).padStart(8)} ${row.unit}  new ${now.toFixed(1).padStart(8)} ${row.unit}  new/base ${(now / was).toFixed(2)}  (rounds: ${each})`);
}
