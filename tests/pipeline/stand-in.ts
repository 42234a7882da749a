import type { Article } from "../../src/ingest/types.js";
import type { DocExtraction, EntityType } from "../../src/extract/types.js";

/** A few names, enough to drive the build before (or without) the real extractor. */
const NAMES: Array<[string, string, EntityType]> = [
  ["Olaf Scholz", "person:olaf-scholz", "person"],
  ["Scholz", "person:scholz", "person"],
  ["Germany", "country:DE", "country"],
  ["France", "country:FR", "country"],
  ["NATO", "organization:nato", "organization"],
];

/** Stand-in for extract(): sentences split at full stops, mentions found by exact name. */
export function standInExtract(article: Article): DocExtraction {
  const doc: DocExtraction = { ...article, mentions: [], references: [], quotes: [], entities: [], sentences: [] };
  for (const match of article.text.matchAll(/[^.]+\.?/g)) {
    const sentence = doc.sentences.length;
    doc.sentences.push({ start: match.index, end: match.index + match[0].length, text: match[0].trim() });
    let rest = match[0];
    for (const [name, key, entityType] of NAMES) {
      let at = rest.indexOf(name);
      while (at >= 0) {
        const start = match.index + at;
        doc.mentions.push({ start, end: start + name.length, text: name, entityType, entity: key, sentence });
        if (!doc.entities.some((e) => e.key === key)) {
          doc.entities.push({ key, entityType, label: name, aliases: [name], roles: [], affiliation: null });
        }
        rest = rest.slice(0, at) + " ".repeat(name.length) + rest.slice(at + name.length);
        at = rest.indexOf(name);
      }
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  const { origin: _origin, text: _text, ...rest } = doc as DocExtraction & Partial<Article>;
  return rest;
}

export async function* standInExtractAll(articles: AsyncIterable<Article>): AsyncIterable<DocExtraction> {
  for await (const article of articles) yield standInExtract(article);
}
