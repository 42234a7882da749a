/**
 * The viewer bench alone, for two builds of the viewer in one session (the machine's load then
 * reaches both): `npx tsx tests/bench/viewer-compare.ts BASE_DIST [NEW_DIST]` prints each
 * build's rows at the --quick size (3,000 nodes, 15,000 edges) and the ratio new/base.
 * BASE_DIST is a viewer/dist built from the commit to compare with (e.g. copied before a change).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchViewer } from "./viewer.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const [base, next = join(ROOT, "viewer/dist")] = process.argv.slice(2);
if (!base) throw new Error("newsgraph/bench: usage: viewer-compare.ts BASE_DIST [NEW_DIST]");

const quick = { nodes: 3000, edges: 15_000 };
const baseRows = await benchViewer({ ...quick, viewerDir: base });
const nextRows = await benchViewer({ ...quick, viewerDir: next });
for (const row of nextRows) {
  if (!row.name.startsWith("viewer:")) continue;
  const was = baseRows.find((r) => r.name === row.name);
  const ratio = was && was.value > 0 ? row.value / was.value : NaN;
  console.log(`${row.name.padEnd(48)} base ${was?.value.toFixed(1).padStart(8)} ${row.unit}  new ${row.value.toFixed(1).padStart(8)} ${row.unit}  new/base ${ratio.toFixed(2)}`);
}
