#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import { build, BUILD_DEFAULTS, formatSummary, isStale, type BuildSummary } from "./pipeline/index.js";
import { GRAPH_DEFAULTS } from "./graph/index.js";
import { explainEntities, type Resolution } from "./resolve/index.js";
import { serve } from "./serve/index.js";
// Plain values; the distributed commands' modules (and their drivers) load only when run.
import { DISTRIBUTED_DEFAULTS } from "./distributed/defaults.js";

/** Exit statuses, documented in `build --help`. */
const EXIT = { ok: 0, failed: 1, nothingRead: 2 } as const;

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

function count(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

interface BuildFlags {
  out: string;
  strict: boolean;
  evidence: number;
  minWeight: number;
  minMentions: number;
  workers: number | "auto";
  cache: boolean;
  quiet: boolean;
  explain?: string;
  quotes: boolean;
  articleTimeout: number;
  keepDuplicates: boolean;
  from?: string;
}

async function runBuild(inputs: string[], flags: BuildFlags): Promise<BuildSummary> {
  const graph = { evidenceLimit: flags.evidence, minWeight: flags.minWeight, minMentions: flags.minMentions };
  const explain =
    flags.explain === undefined
      ? {}
      : { onResolution: (resolution: Resolution) => process.stdout.write(explainEntities(resolution.entities, flags.explain!)) };
  if (flags.from !== undefined) {
    if (inputs !== BUILD_DEFAULTS.inputs) throw new Error("newsgraph/build: --from reads the articles from the database; give no inputs");
    // Loaded here only: a local build never loads the PostgreSQL driver.
    const { buildFromDatabase } = await import("./distributed/from-db.js");
    return buildFromDatabase({ db: flags.from, out: flags.out, strict: flags.strict, cache: flags.cache, quiet: flags.quiet, graph, ...explain });
  }
  return build({
    inputs,
    out: flags.out,
    strict: flags.strict,
    workers: flags.workers,
    cache: flags.cache,
    quiet: flags.quiet,
    extract: { quotes: flags.quotes },
    articleTimeout: flags.articleTimeout,
    keepDuplicates: flags.keepDuplicates,
    graph,
    ...explain,
  });
}

function exitStatus(summary: BuildSummary, strict: boolean): number {
  if (summary.articles === 0) return EXIT.nothingRead;
  if (strict && summary.skipped.length > 0) return EXIT.failed;
  return EXIT.ok;
}

const program = new Command()
  .name("newsgraph")
  .description("Turn English news articles into a network of people, countries and organizations.")
  .version(version);

program
  .command("build")
  .description("Read articles, extract entities and quotes, and write the graph files to --out.")
  .argument(
    "[inputs...]",
    "files (.txt .md .json .jsonl .ndjson .html), directories (recursive), - for stdin",
    BUILD_DEFAULTS.inputs,
  )
  .option("-o, --out <dir>", "output directory for graph.gexf, graph.json, nodes.csv, edges.csv, extractions.jsonl", BUILD_DEFAULTS.out)
  .option("--strict", "fail (and write nothing) if any input is skipped", false)
  .option("--evidence <n>", "sentences or quotes kept as evidence per edge", count("--evidence", 0), GRAPH_DEFAULTS.evidenceLimit)
  .option("--min-weight <n>", "drop edges seen in fewer sentences or quotes", count("--min-weight", 1), GRAPH_DEFAULTS.minWeight)
  .option("--min-mentions <n>", "drop entities mentioned fewer times (with their edges)", count("--min-mentions", 0), GRAPH_DEFAULTS.minMentions)
  .option(
    "--workers <n>",
    'extraction threads: a number (1: in this process), or "auto" (in-process for a small input, else one per core)',
    (value: string) => (value === "auto" ? "auto" : count("--workers", 1)(value)),
    BUILD_DEFAULTS.workers,
  )
  .option("--no-cache", "extract every article again instead of reusing cached extractions (out/.cache)")
  .option("--no-quotes", "do not look for quotations (no quote or cites links)")
  .option("--article-timeout <s>", "skip an article whose extraction takes longer, in seconds per started MB of text (in a worker)", count("--article-timeout", 1), BUILD_DEFAULTS.articleTimeout)
  .option("--keep-duplicates", "count every copy of an identical text (by default the first only)", false)
  .option("-q, --quiet", "no progress and no summary; problems still go to stderr", false)
  .option("--explain <name>", "print why the mentions of NAME (label, alias or node key) were merged or kept apart, with rule ids")
  .option("--from <postgres-url>", "build from the extractions `newsgraph worker` stored in this database instead of from inputs")
  .addHelpText(
    "after",
    `
Bad inputs (unreadable or binary file, invalid UTF-8,
malformed JSON line, empty article) are reported with file and line, skipped, and the rest is built.

Exit status: ${EXIT.ok} built; ${EXIT.failed} error, or --strict and some input was skipped;
${EXIT.nothingRead} no article could be read. Either failure leaves the previous outputs as they were.`,
  )
  .action(async (inputs: string[], flags: BuildFlags) => {
    const summary = await runBuild(inputs, flags);
    if (flags.quiet) {
      for (const problem of summary.skipped) {
        process.stderr.write(`skipped ${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}\n`);
      }
    } else process.stdout.write(formatSummary(summary));
    process.exitCode = exitStatus(summary, flags.strict);
  });

program
  .command("enqueue")
  .description("Read articles as build does and put them on a BullMQ queue in Redis for `newsgraph worker`.")
  .argument("[inputs...]", "files, directories, - for stdin (as for build)", BUILD_DEFAULTS.inputs)
  .requiredOption("--queue <redis-url>", "the queue's Redis, redis://[:PASSWORD@]HOST:PORT[/DB]")
  .option("--replace", "these inputs are the whole corpus: articles of earlier runs that are not in them leave it", false)
  .option("--batch <n>", "articles per job", count("--batch", 1), DISTRIBUTED_DEFAULTS.batch)
  .option("-q, --quiet", "no progress and no summary; problems still go to stderr", false)
  .action(async (inputs: string[], flags: { queue: string; replace: boolean; batch: number; quiet: boolean }) => {
    const { enqueue, formatEnqueueSummary } = await import("./distributed/enqueue.js");
    const summary = await enqueue({ inputs, ...flags });
    if (!flags.quiet) process.stdout.write(formatEnqueueSummary(summary));
    else for (const p of summary.skipped) process.stderr.write(`skipped ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}\n`);
    process.exitCode = summary.articles === 0 ? EXIT.nothingRead : EXIT.ok;
  });

program
  .command("worker")
  .description("Take jobs from the queue, extract their articles and store the results in PostgreSQL.")
  .requiredOption("--queue <redis-url>", "the queue's Redis, redis://[:PASSWORD@]HOST:PORT[/DB]")
  .requiredOption("--db <postgres-url>", "the store, postgres://USER:PASSWORD@HOST:PORT/DATABASE (its schema is created or migrated)")
  .option("--exit-when-idle", "stop once no job is left (batch runs); otherwise wait for more", false)
  .option("--lock-ms <n>", "how long a job stays with a worker that stopped answering", count("--lock-ms", 500), DISTRIBUTED_DEFAULTS.lockMs)
  .option("-q, --quiet", "no progress lines", false)
  .action(async (flags: { queue: string; db: string; exitWhenIdle: boolean; lockMs: number; quiet: boolean }) => {
    const { runWorker } = await import("./distributed/worker.js");
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort());
    process.once("SIGTERM", () => stop.abort());
    await runWorker({ ...flags, signal: stop.signal });
  });

program
  .command("serve")
  .description("Serve the viewer on a build output directory and print its URL.")
  .argument("[dir]", "build output directory", BUILD_DEFAULTS.out)
  .option("--port <n>", "TCP port (0: any free port)", count("--port", 0), 0)
  .addOption(new Option("--host <host>", "address to listen on").default("127.0.0.1"))
  .option("--build-if-stale [inputs...]", "first build these inputs into dir when its graph is missing or older")
  .action(async (dir: string, flags: { port: number; host: string; buildIfStale?: string[] | true }) => {
    if (flags.buildIfStale !== undefined) {
      const inputs = flags.buildIfStale === true ? BUILD_DEFAULTS.inputs : flags.buildIfStale;
      if (await isStale(dir, inputs)) {
        const summary = await build({ inputs, out: dir });
        process.stdout.write(formatSummary(summary));
        if (summary.articles === 0) {
          process.exitCode = EXIT.nothingRead;
          return;
        }
      }
    }
    const serving = await serve(dir, { port: flags.port, host: flags.host });
    process.stdout.write(`newsgraph: viewer at ${serving.url}\n`);
    const stop = () => void serving.close().then(() => process.exit(EXIT.ok));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.failed;
});
