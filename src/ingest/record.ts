import type { Article } from "./types.js";
import { normaliseDate } from "./dates.js";
import { contentId } from "./id.js";
import { titleFromText } from "./title.js";

/** Field names news corpora use, in order of preference. */
export const FIELDS = {
  text: ["text", "content", "body", "article"],
  title: ["title", "headline"],
  date: ["date", "published", "published_at", "publishedAt", "pubDate"],
  url: ["url", "link"],
  source: ["source", "outlet", "publisher"],
  id: ["id"],
} as const;

/**
 * One JSON record (a JSON line or an element of a JSON array) as an article, or the
 * reason it is not one. The text is kept verbatim: extraction offsets index into it.
 */
export function articleFromRecord(
  record: unknown,
  origin: Article["origin"],
  maxTitleLength: number,
): Article | { skip: string } {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return { skip: `expected a JSON object, got ${describe(record)}` };
  }
  const r = record as Record<string, unknown>;
  const text = pick(r, FIELDS.text, isString);
  if (text === undefined) return { skip: `no article text (expected a string field: ${FIELDS.text.join(", ")})` };
  if (text.trim() === "") return { skip: "empty article (its text is blank)" };
  const id = pick(r, FIELDS.id, (v): v is string | number => (isString(v) && v.trim() !== "") || isFiniteNumber(v));
  const title = pick(r, FIELDS.title, isString)?.trim();
  return {
    id: id === undefined ? contentId(text) : String(id),
    title: title || titleFromText(text, maxTitleLength),
    date: normaliseDate(pick(r, FIELDS.date, (v): v is unknown => v !== undefined && v !== null)),
    source: nonEmpty(pick(r, FIELDS.source, isString)),
    url: nonEmpty(pick(r, FIELDS.url, isString)),
    text,
    origin,
  };
}

function pick<T>(r: Record<string, unknown>, names: readonly string[], accept: (v: unknown) => v is T): T | undefined {
  for (const name of names) {
    const v = r[name];
    if (accept(v)) return v;
  }
  return undefined;
}

function isString(v: unknown): v is string {
  return typeof v === "string";
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function nonEmpty(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

function describe(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
}
