/**
 * The per-article edge rows (newsgraph_edges): an extraction's edge contributions, written by
 * the job that stores the extraction and, for extractions stored before schema version 2, by
 * the migration.
 */
import type { PoolClient } from "pg";
import type { DocExtraction } from "../extract/types.js";
import { articleEdges, GRAPH_DEFAULTS } from "../graph/index.js";

/**
 * Upserts the edge rows of these extractions (idempotent: a retried job inserts nothing new).
 * Counted with the graph's default list rule and per-article link cap: the workers do not know a build's options.
 */
export async function insertEdges(
  client: Pick<PoolClient, "query">,
  extractions: Array<{ id: string; content: string; extractor: string; doc: DocExtraction }>,
): Promise<void> {
  const rows = extractions.flatMap((x) => articleEdges(x.doc, GRAPH_DEFAULTS).map((edge) => ({ x, edge })));
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO newsgraph_edges (article_id, content, extractor, kind, source, target, weight)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
     ON CONFLICT DO NOTHING`,
    [
      rows.map((r) => r.x.id),
      rows.map((r) => r.x.content),
      rows.map((r) => r.x.extractor),
      rows.map((r) => r.edge.kind),
      rows.map((r) => r.edge.source),
      rows.map((r) => r.edge.target),
      rows.map((r) => r.edge.weight),
    ],
  );
}
