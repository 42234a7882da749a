/**
 * The distributed rows of `npm run bench`: the same corpus through `enqueue`, N queue workers
 * and `build --from` on a Redis and a PostgreSQL started for the run, against the local pool
 * measured in the same run; then the incremental cases, 5 % more articles on a built database
 * (in the full run at both corpus sizes: the target is read at 10,000 + 500).
 */
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { outstanding } from "../../src/distributed/queue.js";
import { cli, freshDatabase, start, type Run } from "../distributed/cluster.js";
import { missingServices, startPostgres, startRedis } from "../distributed/services.js";

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface DistributedRow {
  name: string;
  value: string;
  note?: string;
  ok?: boolean;
}

/** A built corpus and the 5 % added to it: the incremental case, as a feed grows. */
export interface Growth {
  corpus: string;
  added: string;
  articles: number;
  addedArticles: number;
  /** Wall time (ms) of the local 2-worker build of `corpus` and of its re-build with `added`, from the same run. */
  local: number;
  localGrown: number;
}

export interface DistributedInput {
  /** The corpus the local builds measured. */
  corpus: string;
  articles: number;
  work: string;
  /** Wall times (ms) of the local builds of `corpus` with 1 and 2 workers, from the same run. */
  local: { 1: number; 2: number };
  /** The incremental cases, smallest first; one of them may be `corpus` itself, whose 2-worker database is reused. */
  growth: Growth[];
}

function ok(run: Run, what: string): Run {
  if (run.status !== 0) throw new Error(`newsgraph/bench: ${what} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return run;
}

interface Phases {
  enqueue: number;
  workers: number;
  build: number;
  total: number;
}

/**
 * Enqueue `input` while `workers` processes drain the queue, then build from the database: wall
 * ms of each (enqueue overlaps the workers: past `maxWaiting` jobs it waits for them).
 */
/** The bench's own view of the job queue, to watch what is outstanding; closed when `use` ends. */
async function withQueue<T>(queue: string, use: (watch: Queue) => Promise<T>): Promise<T> {
  const connection = new Redis(queue, { maxRetriesPerRequest: null });
  const watch = new Queue("newsgraph", { connection });
  try {
    return await use(watch);
  } finally {
    await watch.close();
    connection.disconnect();
  }
}

function distributedBuild(queue: string, db: string, input: string, workers: number, out: string): Promise<Phases> {
  return withQueue(queue, async (watch) => {
    const t0 = performance.now();
    const enqueue = start(["enqueue", input, "--queue", queue, "--quiet"]);
    let enqueued = false;
    const enqueueDone = enqueue.done.then((run) => ((enqueued = true), run));
    // Workers that exit when idle start once there is work, or they would find none and leave.
    while (!enqueued && (await outstanding(watch)) === 0) await sleep(50);
    const running = Array.from({ length: workers }, () => start(["worker", "--queue", queue, "--db", db, "--exit-when-idle", "--quiet"]));
    ok(await enqueueDone, "enqueue");
    const t1 = performance.now();
    for (const w of running) ok(await w.done, "worker");
    const t2 = performance.now();
    ok(await cli(["build", "--from", db, "--out", out, "--quiet"]), "build --from");
    const t3 = performance.now();
    return { enqueue: t1 - t0, workers: t2 - t1, build: t3 - t2, total: t3 - t0 };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The incremental case as a feed runs it: workers already up and waiting, new articles
 * enqueued, the queue drained, the graph rebuilt from the database.
 */
async function standingIncrement(queue: string, db: string, input: string, workers: number, out: string): Promise<Phases> {
  const running = Array.from({ length: workers }, () => start(["worker", "--queue", queue, "--db", db]));
  try {
    while (!running.every((w) => w.stderr().includes("waiting for jobs"))) await sleep(100);
    return await withQueue(queue, async (watch) => {
      const t0 = performance.now();
      ok(await cli(["enqueue", input, "--queue", queue, "--quiet"]), "enqueue");
      const t1 = performance.now();
      while ((await outstanding(watch)) > 0) await sleep(100);
      const t2 = performance.now();
      ok(await cli(["build", "--from", db, "--out", out, "--quiet"]), "build --from");
      const t3 = performance.now();
      return { enqueue: t1 - t0, workers: t2 - t1, build: t3 - t2, total: t3 - t0 };
    });
  } finally {
    for (const w of running) w.child.kill("SIGTERM");
    for (const w of running) await w.done;
  }
}

const phases = (p: Phases) => `enqueue ${secs(p.enqueue)}, workers (after it) ${secs(p.workers)}, build --from ${secs(p.build)}`;

function growthRow(growth: Growth, full: Phases, grown: Phases): DistributedRow {
  const share = grown.total / full.total;
  const localShare = growth.localGrown / growth.local;
  return {
    name: `+${growth.addedArticles} articles on ${growth.articles} built, 2 standing queue workers`,
    value: `${secs(grown.total)} = ${(share * 100).toFixed(1)} % of the full distributed build (${secs(full.total)})`,
    note: `${phases(grown)}; local through the cache: ${secs(growth.localGrown)} = ${(localShare * 100).toFixed(1)} % of cold (${secs(growth.local)}); target ≤ 10 %`,
    ok: share <= 0.1,
  };
}

export async function benchDistributed(input: DistributedInput): Promise<DistributedRow[]> {
  const missing = missingServices();
  if (missing) return [{ name: "distributed rows", value: "not run", note: missing }];
  const postgres = await startPostgres();
  const rows: DistributedRow[] = [];
  try {
    const full: Record<number, Phases> = {};
    for (const workers of [1, 2] as const) {
      const redis = await startRedis();
      try {
        const db = await freshDatabase(postgres.url, `bench${workers}`);
        full[workers] = await distributedBuild(redis.url, db, input.corpus, workers, join(input.work, `dist${workers}`));
        const overhead = full[workers]!.total / input.local[workers] - 1;
        rows.push({
          name: `${input.articles} articles, ${workers} queue worker${workers > 1 ? "s" : ""} (enqueue + workers + build --from)`,
          value: `${secs(full[workers]!.total)}, ${overhead >= 0 ? "+" : ""}${(overhead * 100).toFixed(1)} % vs local ${workers} worker${workers > 1 ? "s" : ""} (${secs(input.local[workers])})`,
          note: `${phases(full[workers]!)}; target ≤ +15 %`,
          ok: overhead <= 0.15,
        });
        const same = input.growth.find((g) => g.corpus === input.corpus);
        if (workers === 2 && same) {
          // On the database just built: only the new articles are extracted.
          rows.push(growthRow(same, full[2]!, await standingIncrement(redis.url, db, same.added, 2, join(input.work, "dist2"))));
        }
      } finally {
        await redis.stop();
      }
    }
    for (const [i, growth] of input.growth.entries()) {
      if (growth.corpus === input.corpus) continue;
      const redis = await startRedis();
      try {
        const db = await freshDatabase(postgres.url, `grow${i}`);
        const out = join(input.work, `grow${i}`);
        const built = await distributedBuild(redis.url, db, growth.corpus, 2, out);
        rows.push(growthRow(growth, built, await standingIncrement(redis.url, db, growth.added, 2, out)));
      } finally {
        await redis.stop();
      }
    }
  } finally {
    await postgres.stop();
  }
  return rows;
}
