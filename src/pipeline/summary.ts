import type { EntityType } from "../extract/types.js";
import type { IngestProblem } from "../ingest/types.js";
import type { EdgeKind } from "../graph/types.js";

export interface BuildSummary {
  /** Articles extracted and in the graph. */
  articles: number;
  /** Inputs that could not be used, with where and why. */
  skipped: IngestProblem[];
  /** Articles that named more entities than one article may bring, cut to their most mentioned (where and how many). */
  truncated: IngestProblem[];
  /** Later copies of a text already read: left out, unless the build keeps duplicates. */
  duplicates: number;
  /** The duplicates are in the graph (`keepDuplicates`). */
  duplicatesKept: boolean;
  /** Articles whose extraction came from the cache. */
  cached: number;
  entities: Record<EntityType, number>;
  edges: Record<EdgeKind, number>;
  /** Files written; empty when the run wrote nothing (no article, or --strict with skips). */
  files: string[];
  /** What the reduce did that a reader of the graph should know (sentences linked as lists). */
  notes: string[];
  /** Problems that cost time, not data: damaged cache entries, fewer workers than asked, a worker replaced. */
  warnings: string[];
  /** The extractions, options and code were those of the previous build: its outputs stand. */
  upToDate: boolean;
  ms: number;
}

function where(problem: IngestProblem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
}

function counts(record: Record<string, number>): string {
  return Object.entries(record)
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");
}

/** One skipped input as the summaries list it. */
export function formatProblem(problem: IngestProblem): string {
  // Stage messages usually name the place already ("newsgraph/ingest: a.jsonl:2: …").
  return problem.message.includes(where(problem)) ? `  skipped: ${problem.message}` : `  skipped ${where(problem)}: ${problem.message}`;
}

/** The evidence shards (up to a thousand files) are one entry: their folder and count. */
function listFiles(files: string[]): string {
  const shards = files.filter((file) => /[\\/]evidence[\\/]\d+\.json$/.test(file));
  const rest = files.filter((file) => !shards.includes(file));
  if (shards.length > 0) rest.push(`${shards[0]!.replace(/\d+\.json$/, "")} (${shards.length} evidence file${shards.length === 1 ? "" : "s"})`);
  return rest.join(", ");
}

export function formatSummary(summary: BuildSummary): string {
  const lines = [
    `articles: ${summary.articles} read${summary.cached ? ` (${summary.cached} from cache)` : ""}, ${summary.skipped.length} skipped`,
    ...(summary.duplicates ? [`  ${summary.duplicates} duplicate article${summary.duplicates === 1 ? "" : "s"} (identical texts: ${summary.duplicatesKept ? "each counted" : "counted once; --keep-duplicates counts each"})`] : []),
    ...summary.skipped.map(formatProblem),
    ...summary.truncated.map((problem) => `  truncated: ${problem.message}`),
    ...summary.warnings.map((warning) => `  warning: ${warning}`),
    `entities: ${counts(summary.entities)}`,
    `edges: ${counts(summary.edges)}`,
    ...summary.notes.map((note) => `  ${note}`),
    `time: ${(summary.ms / 1000).toFixed(1)} s`,
    summary.upToDate
      ? `up to date (same extractions, options and code as the last build): ${listFiles(summary.files)}`
      : summary.files.length > 0
        ? `wrote: ${listFiles(summary.files)}`
        : "wrote nothing",
  ];
  return `${lines.join("\n")}\n`;
}
