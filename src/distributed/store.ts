/**
 * The PostgreSQL store: the corpus as enqueued, per-article extractions keyed by article id,
 * article content and extractor, and their per-entity and per-edge contributions. Every write is an upsert
 * whose result does not depend on how often or in which order jobs arrive, so a retried,
 * duplicated or crashed job never loses or double-counts anything.
 */
import pg from "pg";
import type { Pool, PoolClient } from "pg";
import { keyType } from "../extract/keys.js";
import type { DocExtraction } from "../extract/types.js";
import type { Article } from "../ingest/types.js";
import { DISTRIBUTED_DEFAULTS } from "./defaults.js";
import { insertEdges } from "./edges.js";
import { migrate } from "./schema.js";
import { parseUrl, redact } from "./urls.js";

/** One article of a job as the store records it. */
export interface StoredArticle {
  id: string;
  /** Its place in the corpus: later enqueues of the same id win, and builds read in this order. */
  ordinal: number;
  /** articleKey(article): a hash of everything extract() reads. */
  content: string;
  origin: Article["origin"];
  /** Extracted in this job: the extraction, or why extract() failed. Absent: already in the store. */
  result?: { doc: DocExtraction } | { error: string };
}

/** One article of the corpus, in order, with its extraction by one extractor when there is one. */
export interface CorpusRow {
  id: string;
  origin: Article["origin"];
  doc: DocExtraction | null;
  error: string | null;
}

export interface Store {
  /** The `id\0content` pairs among `articles` that `extractor` has already extracted. */
  known(extractor: string, articles: Pick<StoredArticle, "id" | "content">[]): Promise<Set<string>>;
  /** Records a job's articles and its fresh extractions, in one transaction. */
  record(extractor: string, articles: StoredArticle[]): Promise<void>;
  /** Drops every article enqueued before `ordinal` (a `--replace` run began there). */
  replaceBelow(ordinal: number): Promise<void>;
  count(): Promise<number>;
  /** Extractor versions with rows for the current corpus, most rows first. */
  extractors(): Promise<string[]>;
  /** The corpus in ordinal order, read a page at a time. */
  corpus(extractor: string, pageSize?: number): AsyncIterable<CorpusRow>;
  close(): Promise<void>;
}

export const pairKey = (article: Pick<StoredArticle, "id" | "content">) => `${article.id}\0${article.content}`;

function reason(error: Error & { code?: string }, url: URL): string {
  const database = decodeURIComponent(url.pathname.slice(1)) || "(the user's own)";
  switch (error.code) {
    case "ECONNREFUSED":
      return "nothing listens there (is PostgreSQL running, on that port?)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "no such host";
    case "28P01":
      return `wrong password for user "${decodeURIComponent(url.username)}"`;
    case "28000":
      return `the server does not let this user in from here (${error.message}; see pg_hba.conf)`;
    case "3D000":
      return `database ${database} does not exist (create it first: createdb ${database})`;
    default:
      return /timeout/i.test(error.message) ? "no answer in time (a firewall, or the wrong host?)" : error.message;
  }
}

/** Per entity key, how often an extraction names or refers to it. */
function contributions(doc: DocExtraction): Map<string, { type: string; count: number }> {
  const out = new Map<string, { type: string; count: number }>();
  const add = (entity: string, type: string) => {
    const entry = out.get(entity);
    if (entry) entry.count++;
    else out.set(entity, { type, count: 1 });
  };
  for (const m of doc.mentions) add(m.entity, m.entityType);
  for (const r of doc.references) add(r.entity, keyType(r.entity));
  return out;
}

/** A connection out of the pool; a server going away while it is out fails its next query instead of the process. */
async function checkout(pool: Pool): Promise<PoolClient & { done(): void }> {
  const client = await pool.connect();
  const ignore = () => undefined;
  client.on("error", ignore);
  return Object.assign(client, {
    done() {
      client.off("error", ignore);
      client.release();
    },
  });
}

async function inTransaction(pool: Pool, work: (client: PoolClient) => Promise<void>): Promise<void> {
  const client = await checkout(pool);
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.done();
  }
}

/** Connects to `url`, migrating its schema when it is older; fails fast with a message saying what is wrong. */
export async function openStore(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Store> {
  const parsed = parseUrl(url, ["postgres:", "postgresql:"], "--db", "store");
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DISTRIBUTED_DEFAULTS.connectTimeoutMs,
  });
  // An idle connection dropped by a database restart: the next query opens another.
  pool.on("error", () => undefined);
  let client: PoolClient & { done(): void };
  try {
    client = await checkout(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`newsgraph/store: cannot use PostgreSQL at ${redact(url)}: ${reason(error as Error, parsed)}`);
  }
  try {
    await migrate(client);
  } catch (error) {
    client.done();
    await pool.end().catch(() => undefined);
    throw error;
  }
  client.done();

  return {
    async known(extractor, articles) {
      const { rows } = await pool.query<{ article_id: string; content: string }>(
        `SELECT article_id, content FROM newsgraph_extractions
         WHERE extractor = $1 AND (article_id, content) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
        [extractor, articles.map((a) => a.id), articles.map((a) => a.content)],
      );
      return new Set(rows.map((r) => pairKey({ id: r.article_id, content: r.content })));
    },

    async record(extractor, articles) {
      // One row per id (the latest), in id order: two workers upserting overlapping jobs take
      // their row locks in the same order and cannot deadlock.
      const latest = new Map<string, StoredArticle>();
      for (const a of articles) if ((latest.get(a.id)?.ordinal ?? -Infinity) < a.ordinal) latest.set(a.id, a);
      const rows = [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const fresh = articles.filter((a) => a.result);
      const mentions = fresh.flatMap((a) =>
        a.result && "doc" in a.result ? [...contributions(a.result.doc)].map(([entity, c]) => ({ a, entity, ...c })) : [],
      );
      await inTransaction(pool, async (db) => {
        if (fresh.length > 0) {
          await db.query(
            `INSERT INTO newsgraph_extractions (article_id, content, extractor, doc, error)
             SELECT id, content, $1, doc, error FROM unnest($2::text[], $3::text[], $4::json[], $5::text[]) AS t(id, content, doc, error)
             ON CONFLICT DO NOTHING`,
            [
              extractor,
              fresh.map((a) => a.id),
              fresh.map((a) => a.content),
              fresh.map((a) => (a.result && "doc" in a.result ? JSON.stringify(a.result.doc) : null)),
              fresh.map((a) => (a.result && "error" in a.result ? a.result.error : null)),
            ],
          );
        }
        if (mentions.length > 0) {
          await db.query(
            `INSERT INTO newsgraph_mentions (article_id, content, extractor, entity, entity_type, mentions)
             SELECT id, content, $1, entity, type, n FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS t(id, content, entity, type, n)
             ON CONFLICT DO NOTHING`,
            [
              extractor,
              mentions.map((m) => m.a.id),
              mentions.map((m) => m.a.content),
              mentions.map((m) => m.entity),
              mentions.map((m) => m.type),
              mentions.map((m) => m.count),
            ],
          );
        }
        await insertEdges(
          db,
          fresh.flatMap((a) => (a.result && "doc" in a.result ? [{ id: a.id, content: a.content, extractor, doc: a.result.doc }] : [])),
        );
        await db.query(
          `INSERT INTO newsgraph_articles (id, ordinal, content, origin_file, origin_line)
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::int[]) AS t(id, ordinal, content, file, line)
           WHERE t.ordinal >= (SELECT replaced_below FROM newsgraph_state)
           ON CONFLICT (id) DO UPDATE SET ordinal = EXCLUDED.ordinal, content = EXCLUDED.content,
             origin_file = EXCLUDED.origin_file, origin_line = EXCLUDED.origin_line
           WHERE newsgraph_articles.ordinal < EXCLUDED.ordinal`,
          [
            rows.map((a) => a.id),
            rows.map((a) => a.ordinal),
            rows.map((a) => a.content),
            rows.map((a) => a.origin.file),
            rows.map((a) => a.origin.line ?? null),
          ],
        );
      });
    },

    async replaceBelow(ordinal) {
      await inTransaction(pool, async (db) => {
        await db.query("UPDATE newsgraph_state SET replaced_below = GREATEST(replaced_below, $1)", [ordinal]);
        await db.query("DELETE FROM newsgraph_articles WHERE ordinal < $1", [ordinal]);
      });
    },

    async count() {
      const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM newsgraph_articles");
      return Number(rows[0]!.n);
    },

    async extractors() {
      const { rows } = await pool.query<{ extractor: string }>(
        `SELECT e.extractor FROM newsgraph_articles a
         JOIN newsgraph_extractions e ON e.article_id = a.id AND e.content = a.content
         GROUP BY e.extractor ORDER BY count(*) DESC`,
      );
      return rows.map((r) => r.extractor);
    },

    async *corpus(extractor, pageSize = DISTRIBUTED_DEFAULTS.readPage) {
      // Keyset pages: memory stays flat and no cursor or transaction is held open.
      type Row = { ordinal: string; id: string; origin_file: string; origin_line: number | null; doc: DocExtraction | null; error: string | null };
      const page = async (after: number): Promise<Row[]> => {
        const { rows } = await pool.query<Row>(
          `SELECT a.ordinal, a.id, a.origin_file, a.origin_line, e.doc, e.error
           FROM newsgraph_articles a
           LEFT JOIN newsgraph_extractions e ON e.article_id = a.id AND e.content = a.content AND e.extractor = $1
           WHERE a.ordinal > $2 ORDER BY a.ordinal LIMIT $3`,
          [extractor, after, pageSize],
        );
        return rows;
      };
      let next: Promise<Row[]> | null = page(-1);
      try {
        while (next) {
          const rows: Row[] = await next;
          // The next page is asked for before this one is handed on: the server reads and sends
          // it while the build works through this one.
          next = rows.length < pageSize ? null : page(Number(rows[rows.length - 1]!.ordinal));
          for (const row of rows) {
            yield {
              id: row.id,
              origin: row.origin_line === null ? { file: row.origin_file } : { file: row.origin_file, line: row.origin_line },
              doc: row.doc,
              error: row.error,
            };
          }
        }
      } finally {
        // A reader that stopped early leaves no query behind it.
        await next?.catch(() => undefined);
      }
    },

    close: () => pool.end(),
  };
}
