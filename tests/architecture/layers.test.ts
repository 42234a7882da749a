import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The README's "How it works": data flows one way through the stages; a stage imports the types
// of the stages before it, values only of its own folder and of the stage-neutral folders.
const ROOT = resolve(import.meta.dirname, "../..");
const STAGES = ["ingest", "extract", "resolve", "graph", "export"];
/** Import nothing of the project; every stage may import them. */
const NEUTRAL = ["lexicon", "common"];
/** Wire the stages together: may import any of them. */
const ORCHESTRATORS = ["pipeline", "distributed", "serve", "cli.ts"];
/** Value imports across stages that are meant, with the reason. */
const ALLOWED: Record<string, string> = {
  // Keys are made and read only by extract's keys module; resolve re-keys the nodes it merges.
  "resolve -> extract/keys.ts": "one key module",
};

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Why an import breaks the layering, or null. Paths relative to src/. */
export function violation({ from, to, typeOnly }: Edge): string | null {
  const a = from.split("/")[0]!;
  const b = to.split("/")[0]!;
  if (a === b || ORCHESTRATORS.includes(a)) return null;
  if (NEUTRAL.includes(a)) return `${a} is stage-neutral and imports nothing of the project`;
  if (!STAGES.includes(a)) return `${a} is no known folder of src/`;
  if (NEUTRAL.includes(b)) return null;
  if (ORCHESTRATORS.includes(b)) return `a stage may not import the orchestration (${b})`;
  if (typeOnly && STAGES.indexOf(b) < STAGES.indexOf(a)) return null;
  if (!typeOnly && ALLOWED[`${a} -> ${to}`]) return null;
  return typeOnly ? `${a} may import types only of the stages before it, not of ${b}` : `${a} may not import values of ${b}`;
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^;"']*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function edges(): Edge[] {
  const src = join(ROOT, "src");
  const out: Edge[] = [];
  for (const file of sources(src)) {
    const text = readFileSync(file, "utf8");
    const from = relative(src, file);
    const add = (spec: string, typeOnly: boolean) =>
      out.push({ from, to: relative(src, resolve(dirname(file), spec)).replace(/\.js$/, ".ts"), typeOnly });
    for (const m of text.matchAll(IMPORT)) add(m[2]!, m[1] !== undefined);
    for (const m of text.matchAll(DYNAMIC)) add(m[1]!, false);
  }
  return out;
}

describe("architecture: the stages' layering", () => {
  it("holds across src/: no stage imports a later stage, the orchestration, or another stage's values", () => {
    const all = edges();
    expect(all.length).toBeGreaterThan(100);
    const broken = all.map((e) => [`${e.from} -> ${e.to}`, violation(e)]).filter(([, why]) => why !== null);
    expect(broken).toEqual([]);
  });

  it("refuses the imports it is there to catch", () => {
    expect(violation({ from: "extract/mentions/perceptron.ts", to: "graph/rng.ts", typeOnly: false })).toMatch(/extract may not import values of graph/);
    expect(violation({ from: "extract/index.ts", to: "resolve/index.ts", typeOnly: true })).toMatch(/types only of the stages before/);
    expect(violation({ from: "lexicon/titles.ts", to: "extract/keys.ts", typeOnly: false })).toMatch(/stage-neutral/);
    expect(violation({ from: "graph/index.ts", to: "pipeline/code.ts", typeOnly: false })).toMatch(/orchestration/);
    expect(violation({ from: "extract/mentions/perceptron.ts", to: "common/rng.ts", typeOnly: false })).toBeNull();
    expect(violation({ from: "graph/index.ts", to: "extract/types.ts", typeOnly: true })).toBeNull();
  });
});
