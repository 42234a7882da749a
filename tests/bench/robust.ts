/**
 * The large sizes of issue 15's pathological inputs (tests/robust/generate.ts), each built
 * through the CLI against the same text cut into ordinary articles, in the same run: time per
 * MB, peak memory (worker threads included) and the ratio.
 *
 *   npm run bench -- --robust           1, 4 and 16 MB articles; 50,000 capitalised words; 10,000 quote marks…
 *   npm run bench -- --robust --quick   1 and 2 MB articles, the same pathological cases
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { capitalRun, longSentence, nameList, prose, quoteStorm, splitProse } from "../robust/generate.js";
import { runBuild, type CliRun } from "./measure.js";

export interface RobustRow {
  name: string;
  value: string;
  note?: string;
  ok?: boolean;
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function jsonl(path: string, texts: string[]): Promise<number> {
  await writeFile(path, texts.map((text, i) => JSON.stringify({ id: `a${i}`, title: `Article ${i}`, text })).join("\n") + "\n");
  return texts.reduce((n, t) => n + t.length, 0);
}

export async function benchRobust(options: { quick?: boolean; workers?: number } = {}): Promise<RobustRow[]> {
  const work = await mkdtemp(join(tmpdir(), "newsgraph-robust-bench-"));
  const workers = String(options.workers ?? 2);
  const rows: RobustRow[] = [];
  const add = (row: RobustRow) => {
    rows.push(row);
    const mark = row.ok === undefined ? "" : row.ok ? "  ok" : "  MISSED";
    console.log(`  ${row.name}: ${row.value}${row.note ? `  (${row.note})` : ""}${mark}`);
  };
  let n = 0;
  const buildOf = async (texts: string[]): Promise<{ run: CliRun; chars: number }> => {
    const file = join(work, `in${++n}.jsonl`);
    const chars = await jsonl(file, texts);
    // Not --quiet: the summary says what was cut.
    const run = await runBuild([file, "--out", join(work, `out${n}`), "--workers", workers]);
    if (run.status !== 0) throw new Error(`newsgraph/bench: robust build ${n} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
    return { run, chars };
  };
  // CPU time beside wall time: on a loaded machine it is the steadier figure.
  const perMb = (run: CliRun, chars: number) =>
    `${fmt(run.ms / 1000 / (chars / MB))} s/MB, CPU ${fmt(run.cpuMs / 1000 / (chars / MB))} s/MB, ${fmt(run.maxRSS / MB, 0)} MB peak`;
  try {
    for (const size of options.quick ? [1, 2] : [1, 2, 4, 16]) {
      const text = prose(size * MB);
      const one = await buildOf([text]);
      const split = await buildOf(splitProse(text, 2400));
      const ratio = one.run.ms / split.run.ms;
      add({
        name: `${size} MB article vs the same text as ${fmt(splitProse(text, 2400).length, 0)} articles`,
        value: `${fmt(one.run.ms / 1000)} s vs ${fmt(split.run.ms / 1000)} s = ${fmt(ratio, 2)}× (CPU ${fmt(one.run.cpuMs / split.run.cpuMs, 2)}×)`,
        note: `one: ${perMb(one.run, one.chars)}; split: ${perMb(split.run, split.chars)}; target ≤ 2× and ≤ 1 GB`,
        ok: ratio <= 2 && one.run.maxRSS <= 1024 * MB,
      });
    }
    const cases: Array<[string, string, number | null]> = [
      ["50,000 capitalised words", capitalRun(50_000), 30_000],
      ["10,000 quotation marks among names", quoteStorm(10_000), 30_000],
      ["one sentence of 24,000 words", longSentence(24_000), null],
      ["one sentence naming 1,000 people", nameList(1000), null],
    ];
    for (const [name, text, limitMs] of cases) {
      // Against ordinary prose of the same length as one article, built right after: the
      // ratio holds on a loaded machine, where the absolute time does not.
      const load = loadavg()[0]!;
      const { run, chars } = await buildOf([text]);
      const plain = await buildOf([prose(text.length)]);
      const cut = [...run.stdout.matchAll(/^ {2}(?:truncated: .*?: (names [\d,]+ entities)|article \S+ (makes [\d,]+ links)).*?kept its ([\d,]+)/gm)]
        .map((m) => `${m[1] ?? m[2]}, kept ${m[3]}`)
        .join("; ");
      add({
        name,
        value:
          `${fmt(run.ms / 1000)} s (CPU ${fmt(run.cpuMs / 1000)} s), ${fmt(chars / 1024, 0)} KB = ${fmt(run.ms / plain.run.ms, 2)}× ` +
          `(CPU ${fmt(run.cpuMs / plain.run.cpuMs, 2)}×) the same length of prose (${fmt(plain.run.ms / 1000)} s, CPU ${fmt(plain.run.cpuMs / 1000)} s)`,
        note: `${perMb(run, chars)}; load average ${fmt(load)}${cut ? `; ${cut}` : ""}${limitMs ? `; target ≤ ${limitMs / 1000} s` : ""}`,
        ...(limitMs ? { ok: run.ms <= limitMs } : {}),
      });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}
