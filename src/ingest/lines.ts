/**
 * Splits a byte stream into lines without decoding it first, so that each line of a
 * corpus can be checked for binary data and invalid UTF-8 on its own, and memory holds
 * one chunk and one line at a time, whatever the corpus size.
 */

export interface ByteLine {
  /** The line without its "\n" ("\r" is left: JSON treats it as whitespace). Empty when too long. */
  bytes: Buffer;
  /** 1-based. */
  line: number;
  /** The line exceeded the size limit: its bytes were dropped rather than held. */
  tooLong: boolean;
}

export async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      tooLong ||= size + piece.length > maxLineBytes;
      // copy only when pieces must be joined: a line inside one chunk is a view of it
      const bytes = tooLong ? Buffer.alloc(0) : parts.length ? Buffer.concat([...parts, piece]) : piece;
      yield { bytes, line, tooLong };
      line++;
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      size += rest.length;
      if (size > maxLineBytes) {
        tooLong = true;
        parts = [];
      } else {
        parts.push(rest);
      }
    }
  }
  if (parts.length || tooLong) yield { bytes: tooLong ? Buffer.alloc(0) : Buffer.concat(parts), line, tooLong };
}
