import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocExtraction } from "../../src/extract/types.js";
import { articleEdges, GRAPH_DEFAULTS } from "../../src/graph/index.js";
import { digests, requireDist, runBuild, tempDir } from "../scale/helpers.js";
import { quoteStorm } from "../robust/generate.js";
import { cli, contributionTotal, extractedBy, freshDatabase, jsonl, query, shortArticles, worker } from "./cluster.js";
import { freePort, missingServices, PASSWORD, startPostgres, startRedis, USER, type Postgres, type Service } from "./services.js";

const missing = missingServices();
if (missing) console.warn(`tests/distributed skipped: ${missing}`);

/** A local build of `inputs`: what every distributed build of the same articles must equal. */
async function localBuild(inputs: string[]): Promise<{ out: string; digests: Record<string, string> }> {
  const out = join(tempDir("local"), "out");
  const run = await runBuild([...inputs, "--out", out, "--workers", "1", "--quiet"]);
  expect(run.status, run.stderr).toBe(0);
  return { out, digests: digests(out) };
}

async function buildFrom(db: string): Promise<{ out: string; stdout: string }> {
  const out = join(tempDir("fromdb"), "out");
  const run = await cli(["build", "--from", db, "--out", out]);
  expect(run.status, run.stderr).toBe(0);
  return { out, stdout: run.stdout };
}

describe.skipIf(missing !== null)("builds on a job queue and PostgreSQL", () => {
  let postgres: Postgres;
  let redis: Service;
  let databases = 0;
  const articles = shortArticles(48);
  let corpus: string;
  let local: { out: string; digests: Record<string, string> };

  beforeAll(async () => {
    requireDist();
    postgres = await startPostgres();
    corpus = jsonl(articles);
    local = await localBuild([corpus]);
  });
  afterAll(async () => {
    await postgres?.stop();
  });

  // Each test gets an empty Redis and an empty database.
  async function fresh(): Promise<{ queue: string; db: string }> {
    await redis?.stop();
    redis = await startRedis();
    databases += 1;
    return { queue: redis.url, db: await freshDatabase(postgres.url, `t${databases}`) };
  }
  afterAll(async () => {
    await redis?.stop();
  });

  it("three workers, one killed with SIGKILL mid-job: nothing missing, nothing counted twice", async () => {
    const { queue, db } = await fresh();
    const enqueued = await cli(["enqueue", corpus, "--queue", queue, "--batch", "4"]);
    expect(enqueued.status, enqueued.stderr).toBe(0);
    expect(enqueued.stdout).toContain("articles: 48 enqueued in 12 jobs, 0 skipped");

    const connection = new Redis(queue, { maxRetriesPerRequest: null });
    const watch = new Queue("newsgraph", { connection });
    const eventsConnection = connection.duplicate();
    const events = new QueueEvents("newsgraph", { connection: eventsConnection });
    const stalled: string[] = [];
    events.on("stalled", ({ jobId }) => stalled.push(jobId));
    await events.waitUntilReady();
    try {
      const [victim, ...others] = [0, 1, 2].map(() => worker(queue, db));
      // Kill the first worker while it holds a job (the job records which process has it).
      let held: string | undefined;
      while (!held) {
        const active = await watch.getActive();
        held = active.find((job) => job.processedBy?.endsWith(`:${victim!.child.pid}`))?.id;
      }
      victim!.child.kill("SIGKILL");
      const killed = await victim!.done;
      expect(killed.signal).toBe("SIGKILL");
      for (const w of others) expect((await w.done).status).toBe(0);
      // The job the dead worker held went back to the queue and was done by another.
      expect(stalled).toContain(held);
      expect(await watch.count()).toBe(0);
    } finally {
      await events.close();
      await watch.close();
      eventsConnection.disconnect();
      connection.disconnect();
    }

    const built = await buildFrom(db);
    expect(built.stdout).toContain("articles: 48 read, 0 skipped");
    expect(digests(built.out)).toEqual(local.digests);
    const [rows] = await query<{ articles: string; extractions: string; mentions: string }>(
      db,
      `SELECT (SELECT count(*) FROM newsgraph_articles) AS articles, (SELECT count(*) FROM newsgraph_extractions) AS extractions,
              (SELECT sum(mentions) FROM newsgraph_entity_mentions) AS mentions`,
    );
    expect(rows).toEqual({ articles: "48", extractions: "48", mentions: String(contributionTotal(local.out)) });
  }, 180_000);

  it("a job delivered twice changes nothing", async () => {
    const { queue, db } = await fresh();
    expect((await cli(["enqueue", corpus, "--queue", queue, "--batch", "6"])).status).toBe(0);
    const connection = new Redis(queue, { maxRetriesPerRequest: null });
    const q = new Queue("newsgraph", { connection });
    try {
      // The same batches again, as a producer retrying after a lost acknowledgement would send them.
      const jobs = await q.getWaiting();
      expect(jobs.length).toBe(8);
      for (const job of jobs.slice(0, 3)) await q.add(job.name, job.data);
    } finally {
      await q.close();
      connection.disconnect();
    }
    const run = await worker(queue, db).done;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("done: 11 jobs, 66 articles, 48 extracted");
    const built = await buildFrom(db);
    expect(built.stdout).toContain("articles: 48 read, 0 skipped");
    expect(digests(built.out)).toEqual(local.digests);
    const [rows] = await query<{ mentions: string; weight: string }>(
      db,
      "SELECT (SELECT sum(mentions) FROM newsgraph_entity_mentions) AS mentions, (SELECT sum(weight) FROM newsgraph_edge_weights) AS weight",
    );
    expect(rows!.mentions).toBe(String(contributionTotal(local.out)));
    // Each stored extraction's edges once: the jobs delivered twice added no edge rows.
    const docs = await query<{ doc: DocExtraction }>(db, "SELECT doc FROM newsgraph_extractions");
    const once = docs.flatMap(({ doc }) => articleEdges(doc, GRAPH_DEFAULTS)).reduce((sum, e) => sum + e.weight, 0);
    expect(once).toBeGreaterThan(0);
    expect(rows!.weight).toBe(String(once));
  }, 180_000);

  it("the database restarting mid-run loses nothing", async () => {
    const { queue, db } = await fresh();
    expect((await cli(["enqueue", corpus, "--queue", queue, "--batch", "3"])).status).toBe(0);
    const workers = [worker(queue, db), worker(queue, db)];
    // Restart once some jobs are stored and others are not.
    for (;;) {
      const rows = await query<{ n: string }>(db, "SELECT count(*) AS n FROM newsgraph_articles").catch(() => [{ n: "0" }]);
      if (Number(rows[0]!.n) >= 6) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await postgres.restart();
    for (const w of workers) {
      const run = await w.done;
      expect(run.status, run.stderr).toBe(0);
    }
    const built = await buildFrom(db);
    expect(built.stdout).toContain("articles: 48 read, 0 skipped");
    expect(digests(built.out)).toEqual(local.digests);
  }, 180_000);

  it("grows: new articles are extracted alone; a --replace run drops removed articles and re-extracts changed ones", async () => {
    const { queue, db } = await fresh();
    const first = jsonl(articles.slice(0, 40));
    const added = jsonl(shortArticles(6, 48), "added.jsonl");
    expect((await cli(["enqueue", first, "--queue", queue])).status).toBe(0);
    expect(extractedBy(await worker(queue, db).done)).toBe(40);
    expect(digests((await buildFrom(db)).out)).toEqual((await localBuild([first])).digests);

    // A day's new articles, enqueued on their own.
    expect((await cli(["enqueue", added, "--queue", queue])).status).toBe(0);
    expect(extractedBy(await worker(queue, db).done)).toBe(6);
    expect(digests((await buildFrom(db)).out)).toEqual((await localBuild([first, added])).digests);

    // The corpus as it now stands: one article gone, one rewritten.
    const current = [...articles.slice(1, 40), ...shortArticles(6, 48)];
    current[5] = { ...current[5]!, text: `${current[5]!.text}\n\nThe mayor of Springfield, Ada Quill, said the city would appeal.` };
    const now = jsonl(current);
    const replaced = await cli(["enqueue", now, "--queue", queue, "--replace"]);
    expect(replaced.stdout).toContain("articles: 45 enqueued");
    expect(extractedBy(await worker(queue, db).done)).toBe(1);
    const built = await buildFrom(db);
    expect(built.stdout).toContain("articles: 45 read, 0 skipped");
    expect(digests(built.out)).toEqual((await localBuild([now])).digests);
    const [gone] = await query(db, "SELECT id FROM newsgraph_articles WHERE id = $1", [articles[0]!.id]).then((r) => [r.length]);
    expect(gone).toBe(0);
  }, 300_000);

  it("says which articles the entity cap cut, naming file, line and article, as a local build does", async () => {
    const { queue, db } = await fresh();
    const storm = { id: "storm", title: "Storm", date: "2026-01-05", text: quoteStorm(1500) };
    const input = jsonl([articles[0]!, storm]);
    expect((await cli(["enqueue", input, "--queue", queue])).status).toBe(0);
    expect(extractedBy(await worker(queue, db).done)).toBe(2);
    const built = await buildFrom(db);
    expect(built.stdout).toMatch(/truncated: .*corpus\.jsonl:2 \(article storm\): names [\d,]+ entities, .*kept its [\d,]+ most mentioned/);
    expect(built.stdout.match(/truncated:/g)).toHaveLength(1);
    expect(digests(built.out)).toEqual((await localBuild([input])).digests);
  }, 300_000);

  it("derives the local build's edge weights in SQL from per-article edge rows, also in a database migrated from schema version 1", async () => {
    const { queue, db } = await fresh();
    // Invented articles naming everyone in full, so per-article keys are the graph's keys.
    const people = ["Ada Quill", "Boris Pellegrino", "Clara Mundt", "Dario Fenwick"];
    const places = ["Kenya", "France", "Peru"];
    const invented = Array.from({ length: 9 }, (_, i) => {
      const [a, b, c] = [people[i % 4]!, people[(i + 1) % 4]!, places[i % 3]!];
      return {
        id: `inv-${i}`,
        title: `Talks ${i}`,
        date: `2024-03-${String(10 + i).padStart(2, "0")}`,
        text: `${a} met ${b} in ${c} on Monday. ${a} and ${b} spoke about trade with ${places[(i + 1) % 3]}.\n\n"${c} will not wait for ${places[(i + 2) % 3]}," ${b} said.`,
      };
    });
    const file = jsonl(invented, "invented.jsonl");
    expect((await cli(["enqueue", file, "--queue", queue])).status).toBe(0);
    expect((await worker(queue, db).done).status).toBe(0);
    const local = await localBuild([file]);
    const graph = JSON.parse(readFileSync(join(local.out, "graph.json"), "utf8")) as {
      edges: Array<{ source: string; target: string; attributes: { kind: string; weight: number; documents: number } }>;
    };
    const expected = graph.edges.map((e) => `${e.attributes.kind} ${e.source} ${e.target} ${e.attributes.weight} ${e.attributes.documents}`).sort();
    expect(new Set(graph.edges.map((e) => e.attributes.kind))).toEqual(new Set(["cooccurrence", "quote"]));
    const derived = async () =>
      (await query<{ kind: string; source: string; target: string; weight: string; articles: string }>(db, "SELECT * FROM newsgraph_edge_weights"))
        .map((r) => `${r.kind} ${r.source} ${r.target} ${r.weight} ${r.articles}`)
        .sort();
    expect(await derived()).toEqual(expected);

    // The same database as schema version 1 left it (no edge rows): opening it fills them from the stored extractions.
    await query(db, "DROP VIEW newsgraph_edge_weights; DROP TABLE newsgraph_edges; UPDATE newsgraph_schema SET version = 1");
    expect((await cli(["build", "--from", db, "--out", join(tempDir("v1"), "out"), "--quiet"])).status).toBe(0);
    expect(await query(db, "SELECT version FROM newsgraph_schema")).toEqual([{ version: 2 }]);
    expect(await derived()).toEqual(expected);
  }, 180_000);

  it("says what is wrong with the configuration, and migrates or refuses a schema of another version", async () => {
    const { queue, db } = await fresh();
    const closed = `127.0.0.1:${await freePort()}`;
    const failed = async (args: string[]) => {
      const run = await cli(args);
      expect(run.status, run.stdout).toBe(1);
      return run.stderr.trim();
    };
    expect(await failed(["enqueue", corpus, "--queue", `redis://${closed}`])).toBe(
      `newsgraph/queue: cannot use Redis at redis://${closed}: nothing listens there (is redis-server running, on that port?)`,
    );
    expect(await failed(["enqueue", corpus, "--queue", "http://example.invalid"])).toMatch(/--queue must start with redis:\/\//);
    const wrong = await failed(["worker", "--queue", queue, "--db", postgres.urlAs(USER, "not-the-password"), "--exit-when-idle"]);
    expect(wrong).toBe(`newsgraph/store: cannot use PostgreSQL at ${postgres.urlAs(USER, "***")}: wrong password for user "${USER}"`);
    expect(await failed(["build", "--from", `postgres://${USER}:x@${closed}/postgres`])).toMatch(/cannot use PostgreSQL at .*: nothing listens there/);
    expect(await failed(["build", "--from", postgres.urlAs(USER, PASSWORD, "nosuch")])).toMatch(/database nosuch does not exist \(create it first: createdb nosuch\)/);
    expect(await failed(["build", corpus, "--from", db])).toMatch(/--from reads the articles from the database; give no inputs/);

    // Bad input is reported as build reports it, and the rest is enqueued.
    const mixed = jsonl(articles.slice(0, 2));
    appendFileSync(mixed, '{"id": "broken", "text": \n');
    const enqueued = await cli(["enqueue", mixed, "--queue", queue]);
    expect(enqueued.status).toBe(0);
    expect(enqueued.stdout).toContain("articles: 2 enqueued in 1 jobs, 1 skipped");
    expect(enqueued.stdout).toContain(`${mixed}:3`);

    // A database from an older newsgraph (no tables yet at version 0) is migrated; a newer one is refused.
    const old = await freshDatabase(postgres.url, "older");
    await query(old, "CREATE TABLE newsgraph_schema (version integer NOT NULL); INSERT INTO newsgraph_schema VALUES (0)");
    expect((await cli(["build", "--from", old, "--out", join(tempDir("old"), "out")])).status).toBe(2);
    expect(await query(old, "SELECT version FROM newsgraph_schema")).toEqual([{ version: 2 }]);
    // Extractions by other code than this build's: listed as not extracted, and nothing is built from nothing.
    await query(old, "INSERT INTO newsgraph_articles VALUES ('a1', 1, 'c1', 'feed.jsonl', 1)");
    await query(old, "INSERT INTO newsgraph_extractions (article_id, content, extractor, doc) VALUES ('a1', 'c1', '0123456789abcdef', '{}')");
    const stale = await cli(["build", "--from", old, "--out", join(tempDir("stale"), "out")]);
    expect(stale.status).toBe(2);
    expect(stale.stdout).toMatch(
      /newsgraph\/store: 1 article\(s\) have no extraction by this extractor \([0-9a-f]{16}\), only by 0123456789abcdef: run workers built from this code and enqueue the corpus again \(--replace\)/,
    );
    await query(old, "UPDATE newsgraph_schema SET version = 99");
    expect(await failed(["worker", "--queue", queue, "--db", old, "--exit-when-idle"])).toBe(
      "newsgraph/store: the database's newsgraph schema is version 99, newer than this newsgraph's (2): upgrade newsgraph here (every worker and build must run the same version)",
    );
  }, 180_000);
});
