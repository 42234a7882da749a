/**
 * Long articles in bounded pieces. compromise's matcher slows with a sentence's length, and
 * in-document coreference compares names with names, so one 16 MB article (or one 24,000-word
 * "sentence", or a table of thousands of names) would cost far more per character than
 * ordinary prose. Here such an article is cut at paragraph and sentence ends into chunks of
 * bounded size and name count, each chunk extracted on its own, and the results merged into
 * one article's extraction, offsets and sentence indices those of the whole text. An article
 * that fits one chunk (every ordinary article) is extracted exactly as before.
 */
import { capEntities, ENTITY_CAP_DEFAULTS, entityLimit, type EntityCap } from "./cap.js";
import { extract, type ExtractOptions } from "./index.js";
import type { Article } from "../ingest/types.js";
import type { DocEntity, DocExtraction, TextSpan } from "./types.js";

export interface ChunkOptions {
  /** Most characters in one chunk. */
  chunkChars: number;
  /** Most capitalised words and quotation marks in one chunk: what coreference and quotes work on. */
  chunkNames: number;
  /** A stretch with no sentence end longer than this is cut at a space (and ends its chunk). */
  sentenceChars: number;
}

export const CHUNK_DEFAULTS: ChunkOptions = { chunkChars: 64_000, chunkNames: 1_500, sentenceChars: 2_000 };

/** After a paragraph break, or after a sentence end: a lower-case word, its stop, closing marks, space, a capital. */
const BREAK = /\n\s*|(?<=\p{Ll}{2}[.!?]["”’)\]]*)[^\S\n]+(?=["“(]?\p{Lu})/gu;
const NAMEISH = /(?<![\p{L}\p{N}])\p{Lu}|["“”«»]/gu;

interface Piece {
  end: number;
  /** Cut inside a sentence: the chunk must end here, or compromise sees the whole run-on sentence again. */
  forced: boolean;
}

/** Where text may be cut, in order; the last piece ends at text.length. Linear in the text. */
function pieces(text: string, sentenceChars: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  const cutUpTo = (to: number) => {
    while (to - from > sentenceChars) {
      // The last space before the limit, preferably after a comma or semicolon; none (one endless token): no cut.
      const window = text.slice(from, from + sentenceChars);
      const comma = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
      const space = comma > sentenceChars / 2 ? comma + 1 : window.lastIndexOf(" ");
      if (space <= 0) break;
      from += space + 1;
      out.push({ end: from, forced: true });
    }
  };
  for (const match of text.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    cutUpTo(match.index);
    if (end > from) out.push({ end, forced: false });
    from = end;
  }
  cutUpTo(text.length);
  if (from < text.length || out.length === 0) out.push({ end: text.length, forced: false });
  return out;
}

/** Chunk boundaries [start, end) covering the text. */
export function chunkBounds(text: string, options: Partial<ChunkOptions> = {}): Array<[number, number]> {
  const opts = { ...CHUNK_DEFAULTS, ...options };
  if (text.length <= opts.sentenceChars) return [[0, text.length]];
  const bounds: Array<[number, number]> = [];
  let start = 0;
  let last = 0;
  let names = 0;
  for (const piece of pieces(text, opts.sentenceChars)) {
    const weight = countNames(text, last, piece.end);
    if (last > start && (piece.end - start > opts.chunkChars || names + weight > opts.chunkNames)) {
      bounds.push([start, last]);
      start = last;
      names = 0;
    }
    names += weight;
    last = piece.end;
    if (piece.forced) {
      bounds.push([start, last]);
      start = last;
      names = 0;
    }
  }
  if (last > start) bounds.push([start, last]);
  return bounds;
}

function countNames(text: string, from: number, to: number): number {
  let n = 0;
  for (const _ of text.slice(from, to).matchAll(NAMEISH)) n++;
  return n;
}

/**
 * extract(), with a long article extracted chunk by chunk and merged as one, and what it
 * brings capped (src/extract/cap.ts): the extraction the build's workers make.
 */
export function extractArticle(
  article: Article,
  options: Partial<ExtractOptions> = {},
  chunking: Partial<ChunkOptions> = {},
  cap: EntityCap = ENTITY_CAP_DEFAULTS,
): DocExtraction {
  if (!article || typeof article.text !== "string") return extract(article, options);
  return capEntities(extractChunked(article, options, chunking), entityLimit(article.text.length, cap));
}

function extractChunked(article: Article, options: Partial<ExtractOptions>, chunking: Partial<ChunkOptions>): DocExtraction {
  const bounds = chunkBounds(article.text, chunking);
  if (bounds.length === 1) return extract(article, options);
  const { id, title, date, source, url } = article;
  const merged: DocExtraction = { id, title, date, source, url, mentions: [], references: [], quotes: [], entities: [], sentences: [] };
  const entities = new Map<string, Merging>();
  for (const [start, end] of bounds) {
    const part = extract({ ...article, text: article.text.slice(start, end) }, options);
    const sentenceBase = merged.sentences.length;
    const shift = <T extends { start: number; end: number; sentence: number }>(item: T): T => ({
      ...item,
      start: item.start + start,
      end: item.end + start,
      sentence: item.sentence + sentenceBase,
    });
    for (const s of part.sentences) merged.sentences.push({ ...s, start: s.start + start, end: s.end + start });
    for (const m of part.mentions) merged.mentions.push(shift(m));
    for (const r of part.references) merged.references.push(shift(r));
    const move = (span: TextSpan | null): TextSpan | null => span && { start: span.start + start, end: span.end + start };
    for (const q of part.quotes) {
      // Every offset a quote carries moves with the chunk, not just its own span.
      merged.quotes.push({
        ...shift(q),
        segments: q.segments.map((segment) => move(segment)!),
        cueSpan: move(q.cueSpan),
        content: move(q.content),
        attribution: move(q.attribution),
      });
    }
    for (const e of part.entities) mergeEntity(entities, e);
  }
  merged.entities = [...entities.values()].map(({ entity, aliases, roles }) => ({ ...entity, aliases: [...aliases], roles: [...roles] }));
  return merged;
}

interface Merging {
  entity: DocEntity;
  aliases: Set<string>;
  roles: Set<string>;
}

/** One entity named in several chunks: the fullest label, every alias and role, the first affiliation. */
function mergeEntity(entities: Map<string, Merging>, entity: DocEntity): void {
  const known = entities.get(entity.key);
  if (!known) {
    entities.set(entity.key, { entity: { ...entity }, aliases: new Set(entity.aliases), roles: new Set(entity.roles) });
    return;
  }
  if (entity.label.length > known.entity.label.length) known.entity.label = entity.label;
  for (const alias of entity.aliases) known.aliases.add(alias);
  for (const role of entity.roles) known.roles.add(role);
  known.entity.affiliation ??= entity.affiliation;
}
