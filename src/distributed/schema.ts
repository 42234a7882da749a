/**
 * The database schema, as forward-only migrations: the store applies those a database lacks
 * when it opens it, in one transaction under an advisory lock, so workers started together
 * never race to migrate, and a database left by an older newsgraph is brought up to date.
 */
import type { PoolClient } from "pg";
import type { DocExtraction } from "../extract/types.js";
import { insertEdges } from "./edges.js";

/**
 * Version 1.
 * - articles: the corpus as enqueued: one row per article id, the latest enqueue run winning
 *   (by ordinal, which also fixes the build's article order).
 * - extractions: one row per article id, article content and extractor; content-addressed, so
 *   a changed article or a new extractor adds rows and a retried job finds its rows there.
 * - mentions: each extraction's contribution per entity key (named mentions + references),
 *   for SQL; entity_mentions sums them over the current corpus.
 * - state.replaced_below: articles enqueued before the last `--replace` run are out; a late
 *   retry of an older job cannot bring them back.
 */
const V1 = `
CREATE TABLE newsgraph_articles (
  id text PRIMARY KEY,
  ordinal bigint NOT NULL,
  content text NOT NULL,
  origin_file text NOT NULL,
  origin_line integer
);
CREATE INDEX newsgraph_articles_ordinal ON newsgraph_articles (ordinal);
CREATE TABLE newsgraph_extractions (
  article_id text NOT NULL,
  content text NOT NULL,
  extractor text NOT NULL,
  doc json,
  error text,
  extracted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, content, extractor)
);
CREATE TABLE newsgraph_mentions (
  article_id text NOT NULL,
  content text NOT NULL,
  extractor text NOT NULL,
  entity text NOT NULL,
  entity_type text NOT NULL,
  mentions integer NOT NULL,
  PRIMARY KEY (article_id, content, extractor, entity)
);
CREATE VIEW newsgraph_entity_mentions AS
  SELECT m.extractor, m.entity, m.entity_type, sum(m.mentions)::bigint AS mentions, count(*)::bigint AS articles
  FROM newsgraph_articles a
  JOIN newsgraph_mentions m ON m.article_id = a.id AND m.content = a.content
  GROUP BY m.extractor, m.entity, m.entity_type;
CREATE TABLE newsgraph_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  replaced_below bigint NOT NULL DEFAULT 0
);
INSERT INTO newsgraph_state DEFAULT VALUES;
`;

/**
 * Version 2.
 * - edges: each extraction's edge contributions (kind, source → target, weight), counted as the
 *   graph counts them with the default list rule (listSize, listActors); edge_weights sums them
 *   over the current corpus. Keys are per-article, before resolve, like mentions'.
 * Extractions stored under version 1 get their rows here, from their stored documents.
 */
const V2 = `
CREATE TABLE newsgraph_edges (
  article_id text NOT NULL,
  content text NOT NULL,
  extractor text NOT NULL,
  kind text NOT NULL,
  source text NOT NULL,
  target text NOT NULL,
  weight integer NOT NULL,
  PRIMARY KEY (article_id, content, extractor, kind, source, target)
);
CREATE VIEW newsgraph_edge_weights AS
  SELECT e.extractor, e.kind, e.source, e.target, sum(e.weight)::bigint AS weight, count(*)::bigint AS articles
  FROM newsgraph_articles a
  JOIN newsgraph_edges e ON e.article_id = a.id AND e.content = a.content
  GROUP BY e.extractor, e.kind, e.source, e.target;
`;

/** Rows per round trip when version 2 fills the edges of extractions stored before it. */
const BACKFILL_PAGE = 200;

async function toV2(client: PoolClient): Promise<void> {
  await client.query(V2);
  let after: [string, string, string] = ["", "", ""];
  for (;;) {
    const { rows } = await client.query<{ article_id: string; content: string; extractor: string; doc: DocExtraction }>(
      `SELECT article_id, content, extractor, doc FROM newsgraph_extractions
       WHERE doc IS NOT NULL AND (article_id, content, extractor) > ($1, $2, $3)
       ORDER BY article_id, content, extractor LIMIT $4`,
      [...after, BACKFILL_PAGE],
    );
    await insertEdges(
      client,
      rows.map((row) => ({ id: row.article_id, content: row.content, extractor: row.extractor, doc: row.doc })),
    );
    if (rows.length < BACKFILL_PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.article_id, last.content, last.extractor];
  }
}

const MIGRATIONS: ReadonlyArray<string | ((client: PoolClient) => Promise<void>)> = [V1, toV2];

/** The schema version this newsgraph writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to SCHEMA_VERSION; refuses one written by a newer newsgraph. */
export async function migrate(client: PoolClient): Promise<{ from: number; to: number }> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('newsgraph-schema'))");
    await client.query("CREATE TABLE IF NOT EXISTS newsgraph_schema (version integer NOT NULL)");
    const rows = (await client.query<{ version: number }>("SELECT version FROM newsgraph_schema")).rows;
    const from = rows[0]?.version ?? 0;
    if (from > SCHEMA_VERSION) {
      throw new Error(
        `newsgraph/store: the database's newsgraph schema is version ${from}, newer than this newsgraph's (${SCHEMA_VERSION}): ` +
          "upgrade newsgraph here (every worker and build must run the same version)",
      );
    }
    for (let version = from; version < SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version]!;
      if (typeof step === "string") await client.query(step);
      else await step(client);
    }
    if (rows.length === 0) await client.query("INSERT INTO newsgraph_schema (version) VALUES ($1)", [SCHEMA_VERSION]);
    else await client.query("UPDATE newsgraph_schema SET version = $1", [SCHEMA_VERSION]);
    await client.query("COMMIT");
    return { from, to: SCHEMA_VERSION };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
