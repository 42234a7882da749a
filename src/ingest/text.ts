import { matchDatePrefix, normaliseDate } from "./dates.js";
import { titleFromText } from "./title.js";

/** What a plain-text or Markdown article says about itself, and its body. */
export interface TextArticle {
  id: string | null;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  /** The body: the file after its header lines, verbatim (the whole file when it has none). */
  text: string;
}

type Field = "id" | "title" | "date" | "source" | "url";

const KEYS = new Map<string, Field | null>(Object.entries({
  id: "id",
  title: "title", headline: "title",
  date: "date", published: "date", published_at: "date", publishedat: "date", pubdate: "date",
  url: "url", link: "url",
  source: "source", outlet: "source", publisher: "source",
  // Header lines newsgraph has no field for: recognised so they end up in neither the
  // body nor the extraction, and the header block goes on past them.
  author: null, authors: null, byline: null, tags: null, category: null, categories: null,
  keywords: null, lang: null, language: null,
} satisfies Record<string, Field | null>));

// Values are trimmed in code: a lazy `(.*?)\s*$` backtracks quadratically on a long line
// of untrusted text with a run of spaces.
const COLON_HEADER = /^[ \t]*([A-Za-z_]+)[ \t]*:(.*)$/s;
// "date 2022-02-15": only lower-case keys, since a body's first word is capitalised.
const BARE_HEADER = /^[ \t]*([a-z_]+)[ \t]+(\S.*)$/s;
const URL_VALUE = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Reads optional header lines at the top of a text file ("date 2022-02-15", "Title: …",
 * or a `---` front-matter block), including the form where the date header runs straight
 * into the first paragraph (" date 2022-02-15 Tensions between…"): the date is taken and
 * the rest of that line starts the body.
 */
export function parseTextArticle(content: string, maxTitleLength: number): TextArticle {
  const fields: Partial<Record<Field, string>> = {};
  const bodyStart = readFrontMatter(content, fields) ?? readHeaderLines(content, fields);
  const text = bodyStart === 0 ? content : content.slice(bodyStart);
  return {
    id: fields.id ?? null,
    title: fields.title || markdownTitle(text, maxTitleLength) || titleFromText(text, maxTitleLength),
    date: normaliseDate(fields.date),
    source: fields.source || null,
    url: fields.url || null,
    text,
  };
}

/** Index where the body starts after header lines; 0 when there are none. */
function readHeaderLines(content: string, fields: Partial<Record<Field, string>>): number {
  let pos = 0;
  let sawHeader = false;
  while (pos < content.length) {
    const nl = content.indexOf("\n", pos);
    const line = content.slice(pos, nl < 0 ? content.length : nl);
    const next = nl < 0 ? content.length : nl + 1;
    if (line.trim() === "") {
      pos = next;
      continue;
    }
    const header = matchHeader(line);
    if (!header) break;
    const { field, value, bare } = header;
    if (field === "date") {
      const date = matchDatePrefix(value);
      // "date" followed by something else is prose, unless the key was written "Date:".
      if (!date && bare) break;
      if (date) {
        assign(fields, "date", date.iso);
        const rest = value.slice(date.length);
        if (rest.trim() !== "") {
          // The date ran into the first paragraph: the body starts after it, on this line.
          return pos + line.indexOf(value) + date.length + (rest.length - rest.trimStart().length);
        }
      }
    } else if (field === "url" && bare && !URL_VALUE.test(value)) {
      break;
    } else {
      assign(fields, field, value);
    }
    sawHeader = true;
    pos = next;
  }
  return sawHeader ? skipBlank(content, pos) : 0;
}

function matchHeader(line: string): { field: Field | null; value: string; bare: boolean } | null {
  const colon = COLON_HEADER.exec(line);
  const colonKey = colon?.[1]!.toLowerCase();
  const colonValue = colon?.[2]!.trim();
  if (colonKey !== undefined && KEYS.has(colonKey) && colonValue) {
    return { field: KEYS.get(colonKey) ?? null, value: colonValue, bare: false };
  }
  const bare = BARE_HEADER.exec(line);
  if (bare && KEYS.has(bare[1]!)) return { field: KEYS.get(bare[1]!) ?? null, value: bare[2]!.trimEnd(), bare: true };
  return null;
}

/** A `---` … `---` block of `key: value` lines at the very top, as Markdown tools write. */
function readFrontMatter(content: string, fields: Partial<Record<Field, string>>): number | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(content);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = content.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    const kv = COLON_HEADER.exec(line);
    const key = kv?.[1]?.toLowerCase();
    if (kv && key !== undefined && KEYS.has(key)) assign(fields, KEYS.get(key) ?? null, unquote(kv[2]!.trim()));
  }
  return skipBlank(content, open[0].length + m.index + m[0].length);
}

function assign(fields: Partial<Record<Field, string>>, field: Field | null, value: string): void {
  if (field && value && fields[field] === undefined) fields[field] = value;
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

function skipBlank(content: string, pos: number): number {
  while (pos < content.length && /\s/.test(content[pos]!)) pos++;
  return pos;
}

/** The body's first line when it is a Markdown heading ("# Title" or "Title\n====="). */
function markdownTitle(text: string, maxLength: number): string | null {
  const lines = text.trimStart().split(/\r?\n/, 2);
  const atx = /^#{1,6}[ \t]+(.*)$/s.exec(lines[0] ?? "");
  if (atx) {
    // "## Title ##": closing hashes are not part of the title
    const heading = atx[1]!.trimEnd();
    let end = heading.length;
    while (end > 0 && heading[end - 1] === "#") end--;
    const title = (end < heading.length && /[ \t]/.test(heading[end - 1] ?? "") ? heading.slice(0, end) : heading).trim();
    if (title) return titleFromText(title, maxLength);
  }
  if (lines[0]?.trim() && /^(?:=+|-+)[ \t]*$/.test(lines[1] ?? "")) return titleFromText(lines[0], maxLength);
  return null;
}
