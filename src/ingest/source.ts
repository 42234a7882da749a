import type { Article, IngestItem } from "./types.js";
import type { IngestOptions } from "./defaults.js";
import { type Format, sniffFormat } from "./formats.js";
import { byteLines } from "./lines.js";
import { decodeUtf8 } from "./decode.js";
import { articleFromRecord } from "./record.js";
import { parseTextArticle } from "./text.js";
import { parseHtmlArticle } from "./html.js";
import { contentId } from "./id.js";
import { titleFromText } from "./title.js";
import { articleItem, problemItem } from "./items.js";
import { describeFsError } from "./errors.js";

const PEEK_BYTES = 8192;

/**
 * Every item of one source (a file or stdin) given as a stream of byte chunks. `format`
 * comes from the file name; when null it is sniffed from the first bytes. Nothing throws
 * out of here: a read error ends the source with a problem.
 */
export async function* readSource(
  file: string,
  chunks: AsyncIterable<Buffer | string>,
  format: Format | null,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  const it = chunks[Symbol.asyncIterator]();
  try {
    // Peek at the first bytes: enough to sniff a format, and to refuse a binary file as
    // a whole instead of line by line.
    const head: Buffer[] = [];
    let headSize = 0;
    let done = false;
    while (!done && headSize < PEEK_BYTES) {
      const r = await it.next();
      if (r.done) done = true;
      else {
        const chunk = typeof r.value === "string" ? Buffer.from(r.value) : r.value;
        head.push(chunk);
        headSize += chunk.length;
      }
    }
    const first = Buffer.concat(head).subarray(0, PEEK_BYTES);
    format ??= sniffFormat(first, done) ?? "text";
    const rest = prepend(head, done ? null : it);
    if (format === "jsonl") {
      if (first.includes(0)) {
        yield problemItem(file, undefined, "binary data (NUL byte): not a JSON Lines corpus");
        return;
      }
      yield* jsonlItems(file, rest, options);
      return;
    }
    const limit = format === "json" ? options.maxJsonBytes : options.maxArticleBytes;
    const bytes = await collect(rest, limit);
    if (bytes === null) {
      yield problemItem(file, undefined, `too large (over ${limit} bytes) for one ${format === "json" ? "JSON file" : "article"}`);
      return;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      yield problemItem(file, decoded.line, decoded.reason);
      return;
    }
    if (format === "json") yield* jsonItems(file, decoded.text, options);
    else yield documentItem(file, format, decoded.text, options);
  } catch (err) {
    yield problemItem(file, undefined, describeFsError(err));
  } finally {
    await it.return?.();
  }
}

async function* jsonlItems(file: string, chunks: AsyncIterable<Buffer>, options: IngestOptions): AsyncGenerator<IngestItem> {
  for await (const { bytes, line, tooLong } of byteLines(chunks, options.maxArticleBytes)) {
    if (tooLong) {
      yield problemItem(file, line, `line too long (over ${options.maxArticleBytes} bytes)`);
      continue;
    }
    const decoded = decodeUtf8(bytes, line);
    if (!decoded.ok) yield problemItem(file, line, decoded.reason);
    else if (decoded.text.trim() !== "") yield recordLine(file, line, decoded.text, options);
  }
}

function recordLine(file: string, line: number, json: string, options: IngestOptions): IngestItem {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch (err) {
    return problemItem(file, line, `malformed JSON (${(err as Error).message})`);
  }
  return recordItem(articleFromRecord(record, { file, line }, options.maxTitleLength), file, line);
}

function* jsonItems(file: string, json: string, options: IngestOptions): Generator<IngestItem> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    if (sniffFormat(Buffer.from(json.slice(0, 64)), true) === "jsonl" && json.trim().includes("\n")) {
      // JSON Lines saved as .json: read it as what it is.
      let line = 0;
      for (const text of json.split("\n")) {
        line++;
        if (text.trim() !== "") yield recordLine(file, line, text, options);
      }
      return;
    }
    const message = (err as Error).message;
    yield problemItem(file, lineAtPosition(json, message), `malformed JSON (${message})`);
    return;
  }
  if (!Array.isArray(data)) {
    yield recordItem(articleFromRecord(data, { file }, options.maxTitleLength), file, undefined);
    return;
  }
  for (let i = 0; i < data.length; i++) {
    const result = articleFromRecord(data[i], { file }, options.maxTitleLength);
    yield "skip" in result ? problemItem(file, undefined, `item ${i + 1}: ${result.skip}`) : articleItem(result);
  }
}

function recordItem(result: Article | { skip: string }, file: string, line: number | undefined): IngestItem {
  return "skip" in result ? problemItem(file, line, result.skip) : articleItem(result);
}

function documentItem(file: string, format: "text" | "html", content: string, options: IngestOptions): IngestItem {
  const parsed = format === "html" ? { id: null, ...parseHtmlArticle(content) } : parseTextArticle(content, options.maxTitleLength);
  if (parsed.text.trim() === "") {
    return problemItem(file, undefined, format === "html" ? "empty article (no text found in the page)" : "empty article (no text)");
  }
  return articleItem({
    id: parsed.id ?? contentId(parsed.text),
    title: parsed.title || titleFromText(parsed.text, options.maxTitleLength),
    date: parsed.date,
    source: parsed.source,
    url: parsed.url,
    text: parsed.text,
    origin: { file },
  });
}

/** V8 says "… at position 123 (line 4 column 5)" or "… at position 123": give the line. */
function lineAtPosition(json: string, message: string): number | undefined {
  const line = /line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  return json.slice(0, Number(pos[1])).split("\n").length;
}

async function* prepend(head: Buffer[], rest: AsyncIterator<Buffer | string> | null): AsyncGenerator<Buffer> {
  yield* head;
  if (!rest) return;
  for (let r = await rest.next(); !r.done; r = await rest.next()) {
    yield typeof r.value === "string" ? Buffer.from(r.value) : r.value;
  }
}

/** All the bytes, or null once they pass `limit` (the rest is not read). */
async function collect(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
