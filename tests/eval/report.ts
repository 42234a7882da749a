/** Plain-text tables of the evaluation, every newsgraph figure with the baseline's beside it. */
import type { SeedResult, SystemErrors, SystemResult } from "./evaluate.js";
import type { PRF, SpanError } from "./score.js";
import type { ScoredType } from "./types.js";

export interface DatasetReport {
  file: string;
  articles: number;
  systems: Record<string, SystemResult>;
  errors: Record<string, SystemErrors>;
}

export interface SeedReport {
  file: string;
  systems: Record<string, SeedResult>;
}

const num = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const padR = (s: string, n: number): string => s.padEnd(n);
const prf = (p: PRF): string => `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`;

export function formatDataset(d: DatasetReport, types: readonly ScoredType[], errors: number): string {
  const names = Object.keys(d.systems);
  const out: string[] = [`${d.file} — ${d.articles} articles`, ""];
  out.push(`${padR("mentions", 9)}${pad("gold", 5)}  ${padR("system", 11)}${pad("pred", 5)}   exact P     R     F1    overlap P     R     F1`);
  for (const type of types) {
    names.forEach((name, i) => {
      const m = d.systems[name]!.mentions[type]!;
      const head = i === 0 ? `${padR(type, 9)}${pad(m.exact.gold, 5)}` : " ".repeat(14);
      out.push(`${head}  ${padR(name, 11)}${pad(m.exact.predicted, 5)}   ${prf(m.exact)}    ${prf(m.overlap)}`);
    });
  }
  out.push("", `${padR("resolution", 14)}  ${padR("system", 11)}splits merges  per article`);
  for (const name of names) {
    const r = d.systems[name]!.resolution;
    out.push(`${" ".repeat(14)}  ${padR(name, 11)}${pad(r.splits, 6)} ${pad(r.merges, 6)}  ${pad(num(r.perArticle), 11)}`);
  }
  out.push("", `${padR("quotes", 9)}${pad("gold", 5)}  ${padR("system", 11)}${pad("pred", 5)}   P     R     F1   (overlap; P is a lower bound where gold marks only some quotes)`);
  names.forEach((name, i) => {
    const q = d.systems[name]!.quotes;
    const head = i === 0 ? `${padR("", 9)}${pad(q.gold, 5)}` : " ".repeat(14);
    out.push(`${head}  ${padR(name, 11)}${pad(q.predicted, 5)}   ${prf(q)}`);
  });
  out.push("", `time      ${names.map((n) => `${n} ${Math.round(d.systems[n]!.ms)} ms`).join(", ")}`);
  if (errors > 0) out.push("", ...formatErrors(d, types, errors));
  return out.join("\n");
}

function formatErrors(d: DatasetReport, types: readonly ScoredType[], limit: number): string[] {
  const out: string[] = [];
  const line = (e: SpanError): string =>
    `  ${e.doc} ${JSON.stringify(e.text)}${e.near !== null ? ` (near ${JSON.stringify(e.near)})` : ""}: …${e.context}…`;
  for (const [name, errs] of Object.entries(d.errors)) {
    for (const type of types) {
      const fp = errs.falsePositives[type] ?? [];
      const fn = errs.falseNegatives[type] ?? [];
      out.push(`${name} ${type} false positives (${fp.length}, first ${Math.min(limit, fp.length)}):`, ...fp.slice(0, limit).map(line));
      out.push(`${name} ${type} false negatives (${fn.length}, first ${Math.min(limit, fn.length)}):`, ...fn.slice(0, limit).map(line));
    }
    const res = errs.resolution;
    out.push(`${name} splits and merges (${res.length}, first ${Math.min(limit, res.length)}):`);
    out.push(...res.slice(0, limit).map((r) => `  ${r.doc} ${r.kind} ${r.what} → ${r.into.join(" | ")}`));
  }
  return out;
}

/**
 * Exact-span F1 per type for every system on every file: the rules alone, the tagger alone,
 * both through the combiner (newsgraph), raw compromise.
 */
export function formatAblation(datasets: readonly DatasetReport[], types: readonly ScoredType[]): string {
  const out = ["ablation — exact F1 (newsgraph = rules and tagger through the combiner)"];
  for (const d of datasets) {
    const names = Object.keys(d.systems);
    out.push(`  ${d.file}`, `    ${padR("", 9)}${names.map((n) => pad(n, 11)).join("")}`);
    for (const type of types) out.push(`    ${padR(type, 9)}${names.map((n) => pad(num(d.systems[n]!.mentions[type]!.exact.f1), 11)).join("")}`);
  }
  return out.join("\n");
}

export function formatCrossValidation(cv: { folds: number; epochs: number; articles: number; systems: Record<string, SystemResult> }, types: readonly ScoredType[]): string {
  const names = Object.keys(cv.systems);
  const out = [`cross-validation — ${cv.folds} folds by document over the ${cv.articles} GUM training articles (${cv.epochs} epochs a fold), exact P R F1`];
  out.push(`    ${padR("", 9)}${names.map((n) => padR(n, 20)).join("")}`);
  for (const type of types) out.push(`    ${padR(type, 9)}${names.map((n) => padR(prf(cv.systems[n]!.mentions[type]!.exact), 20)).join("")}`);
  return out.join("\n");
}

export function formatSeed(s: SeedReport): string {
  const names = Object.keys(s.systems);
  const first = s.systems[names[0]!]!;
  const out: string[] = [`seed gold ${s.file} — ${names[0]}`];
  for (const c of first.checks) out.push(`  ${c.pass ? "pass" : "FAIL"}  ${c.name}${c.detail ? `  [${c.detail}]` : ""}`);
  out.push("");
  for (const name of names) {
    const r = s.systems[name]!;
    const found = r.attributions.filter((a) => a.found).length;
    out.push(
      `${padR(name, 11)} checks ${r.passed}/${r.checks.length} pass; quotes found ${found}/${r.attributions.length}, ` +
        `speaker accuracy ${num(r.speakerAccuracy)}`,
    );
  }
  return out.join("\n");
}
