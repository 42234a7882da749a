/** The distributed commands as child processes, and a look into the queue and the store from outside. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { CLI } from "../bench/measure.js";
import { brownPressCorpus, writeJsonl, type CorpusArticle } from "../bench/corpus.js";
import { tempDir } from "../scale/helpers.js";

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  done: Promise<Run>;
  /** What it has written to stderr so far. */
  stderr(): string;
}

export function start(args: string[]): Running {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

export const cli = (args: string[]) => start(args).done;

export const worker = (queue: string, db: string, extra: string[] = []) =>
  start(["worker", "--queue", queue, "--db", db, "--exit-when-idle", "--lock-ms", "2000", ...extra]);

/** Short press articles (60+ words): a quick corpus whose graph still has people, places and bodies. */
export function shortArticles(count: number, from = 0): CorpusArticle[] {
  return brownPressCorpus(from + count, { minWords: 60 }).slice(from);
}

export function jsonl(articles: CorpusArticle[], name = "corpus.jsonl"): string {
  const file = join(tempDir("dist-corpus"), name);
  writeJsonl(file, articles);
  return file;
}

/** A fresh, empty database on the test server; returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Named mentions plus references over a build's extractions.jsonl: what the store's contributions must sum to. */
export function contributionTotal(out: string): number {
  return readFileSync(join(out, "extractions.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { mentions: unknown[]; references: unknown[] })
    .reduce((sum, doc) => sum + doc.mentions.length + doc.references.length, 0);
}

/** "done: J jobs, A articles, E extracted, F failed" from a worker's last line. */
export function extractedBy(run: Run): number {
  return Number(/done: \d+ jobs, \d+ articles, (\d+) extracted/.exec(run.stderr)?.[1] ?? NaN);
}
