/**
 * `node --import tsx tests/eval/quote-errors.ts [--split train] [--errors N] [--kinds LIST] [--doc ID]`
 * Error analysis of the quote stage on PolNeAR (train by default: tune there, read dev once).
 * The extraction up to the quotes is cached outside the repository (os.tmpdir(), keyed by the
 * source of every stage but the quotes), so a change to a sieve is scored in seconds: only
 * findQuotes runs again. Prints the scorer's table, then examples of each error kind asked for;
 * `extent` lists gold and predicted regions side by side. The texts belong to their publishers:
 * they go to the terminal only, the cache stays in the temporary folder.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extract } from "../../src/extract/index.js";
import { findQuotes } from "../../src/extract/quotes/index.js";
import type { DocExtraction } from "../../src/extract/types.js";
import { articleOf } from "./newsgraph.js";
import { formatPolnear, goldRegion, loadPolnear, overlapRatio, predRegion, scorePolnear, THRESHOLDS, type PolnearDoc } from "./polnear.js";
import type { Span } from "./types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Every source file the extraction before the quotes depends on. */
function sourcesHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (path.includes(join("extract", "quotes"))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(name)) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(ROOT, "src"));
  return hash.digest("hex").slice(0, 16);
}

function extractions(file: string, split: string, docs: PolnearDoc[]): DocExtraction[] {
  const dir = join(tmpdir(), "newsgraph-quote-errors");
  const cache = join(dir, `${split}-${sourcesHash()}-${statSync(file).mtimeMs}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as DocExtraction[];
  const out = docs.map((d) => extract(articleOf(d, file), { quotes: false }));
  mkdirSync(dir, { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

const show = (text: string, spans: Span[], width = 50) => {
  if (spans.length === 0) return "(none)";
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  let out = text.slice(Math.max(0, from - width), from);
  let at = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + "[" + text.slice(s.start, s.end) + "]";
    at = s.end;
  }
  return (out + text.slice(at, to) + text.slice(to, to + width)).replace(/\s+/g, " ");
};

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: "string" }, errors: { type: "string" }, kinds: { type: "string" }, polnear: { type: "string" }, doc: { type: "string" } },
  });
  const file = values.polnear ?? join(ROOT, "../shared/data/polnear-train-dev.jsonl");
  const split = (values.split ?? "train") as PolnearDoc["split"];
  const errors = Number(values.errors ?? 10);
  const kinds = values.kinds?.split(",");
  const all = loadPolnear(file, split);
  if (!all) throw new Error(`newsgraph/eval: ${file} not found`);
  const base = extractions(file, split, all);
  const keep = all.map((d, i) => i).filter((i) => !values.doc || all[i]!.id === values.doc);
  const docs = keep.map((i) => all[i]!);
  const views = keep.map((i) => {
    const x = base[i]!;
    return { ...x, quotes: findQuotes({ text: docs[keep.indexOf(i)]!.text, sentences: x.sentences, mentions: x.mentions, references: x.references, entities: x.entities }) };
  });
  const score = scorePolnear(docs, views);
  const listed = { ...score, examples: score.examples.filter((e) => !kinds || kinds.includes(e.kind)) };
  console.log(formatPolnear(`PolNeAR ${split}`, listed, kinds && !kinds.some((k) => k !== "extent") ? 0 : errors));
  if (kinds && !kinds.includes("extent")) return;
  // Extent: the best predicted region of each gold quote found at the loose threshold only.
  const out: string[] = [];
  const sides = new Map<string, number>();
  const edge = (a: number, b: number, early: string, late: string) => (a < b ? early : a > b ? late : "");
  docs.forEach((doc, d) => {
    const preds = views[d]!.quotes.filter((q) => q.kind !== "phrase");
    for (const q of doc.quotes) {
      if (q.kind === "indirect") continue;
      const g = goldRegion(doc.text, q);
      const best = preds.map((p) => ({ p, r: overlapRatio(g, predRegion(doc.text, p)) })).sort((a, b) => b.r - a.r)[0];
      if (!best || best.r < THRESHOLDS[0] || best.r >= THRESHOLDS[1]) continue;
      const p = predRegion(doc.text, best.p);
      // Which edge is off: the predicted start or end before (early) or after (late) the gold one.
      const side = [edge(p[0]!.start, g[0]!.start, "start early", "start late"), edge(p[p.length - 1]!.end, g[g.length - 1]!.end, "end early", "end late")]
        .filter(Boolean)
        .join(", ");
      const key = `${q.kind} ${best.p.content ? "content" : "segments"}: ${side || "inner gaps"}`;
      sides.set(key, (sides.get(key) ?? 0) + 1);
      out.push(`    ${doc.id} ${key} ${best.r.toFixed(2)} ${best.p.speakerRule}`, `      G …${show(doc.text, g)}…`, `      P …${show(doc.text, predRegion(doc.text, best.p))}…`);
    }
  });
  console.log("  extent, by the edge that is off:", ...[...sides].sort((a, b) => b[1] - a[1]).map(([k, n]) => `\n    ${String(n).padStart(4)} ${k}`));
  console.log(["  extent (gold, then predicted):", ...out.slice(0, 3 * errors)].join("\n"));
}

main(process.argv.slice(2));
