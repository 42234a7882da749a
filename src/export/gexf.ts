import { write } from "graphology-gexf";
import type { EdgeAttributes, Evidence, NewsGraph, NodeAttributes } from "../graph/types.js";

// Characters XML 1.0 forbids even when escaped; article text is untrusted and may hold them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/**
 * GEXF has no list-of-records type: evidence goes as JSON text, the convention the viewer's own
 * GEXF export and import share, so a GEXF dropped on the viewer still shows its sentences.
 */
function evidenceJson(evidence: Evidence[]): string {
  return evidence.length === 0 ? "" : xmlText(JSON.stringify(evidence));
}

/**
 * GEXF 1.3 that validates and that Gephi opens: pedantic meta, `kind` on every edge, hex
 * colours, edge thickness instead of the writer's invalid edge size, aliases as one string.
 */
export function toGexf(graph: NewsGraph): string {
  return write<NodeAttributes, EdgeAttributes>(graph, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: xmlText(attributes.label),
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
      attributes: {
        entityType: attributes.entityType,
        aliases: xmlText(attributes.aliases.join("|")),
        mentions: attributes.mentions,
        documents: attributes.documents,
        quotes: attributes.quotes,
        quotations: evidenceJson(attributes.quotations),
        firstDate: attributes.firstDate,
        lastDate: attributes.lastDate,
        degree: attributes.degree,
        weightedDegree: attributes.weightedDegree,
        pagerank: attributes.pagerank,
        community: attributes.community,
      },
    }),
    formatEdge: (_key, attributes) => ({
      kind: attributes.kind,
      weight: attributes.weight,
      viz: { thickness: Number((1 + Math.log2(attributes.weight)).toFixed(2)) },
      attributes: {
        documents: attributes.documents,
        firstDate: attributes.firstDate,
        lastDate: attributes.lastDate,
        evidence: evidenceJson(attributes.evidence),
      },
    }),
  });
}
