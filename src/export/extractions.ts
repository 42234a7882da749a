import type { DocExtraction } from "../extract/types.js";

/**
 * One extractions.jsonl line. The fields of issue 2's contract come first and exactly as named
 * (an outside scorer reads them); the rest is extra context. Sentence texts stay out: the
 * article is the place to read them, and they would double the file.
 */
export function extractionLine(doc: DocExtraction): string {
  return `${JSON.stringify({
    id: doc.id,
    title: doc.title,
    date: doc.date,
    mentions: doc.mentions.map(({ start, end, text, entityType, entity, sentence, rule }) => ({
      start,
      end,
      text,
      entityType,
      entity,
      sentence,
      // Which rule typed it, so "why is X an organization?" is answered from the file.
      rule,
    })),
    quotes: doc.quotes.map(({ start, end, text, speaker, cue, about, reportedBy, sentence, ...more }) => ({
      start,
      end,
      text,
      speaker,
      cue,
      about,
      reportedBy,
      sentence,
      // kind, segments, speakerText, speakerRule, cueSpan, content, attribution
      ...more,
    })),
    source: doc.source,
    url: doc.url,
    references: doc.references,
    entities: doc.entities,
    // Only on an article cut to its most mentioned entities (src/extract/cap.ts).
    ...(doc.truncated ? { truncated: doc.truncated } : {}),
  })}\n`;
}
