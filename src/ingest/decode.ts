/**
 * Bytes → text, refusing what is not UTF-8 text rather than guessing: a NUL byte means
 * binary data (or UTF-16), an invalid UTF-8 sequence means another encoding. Both are
 * reported with the line they occur on, so a user can find and fix the input.
 */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; line: number };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * `firstLine` is the 1-based line the bytes start on (JSON Lines decode one line at a
 * time). A leading byte-order mark is dropped by the decoder.
 */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Decoded {
  if (startsWithUtf16Bom(bytes)) {
    return { ok: false, reason: "UTF-16 text is not supported (convert it to UTF-8)", line: firstLine };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: "binary data (NUL byte)", line: firstLine + countNewlines(bytes, nul) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `invalid UTF-8 (byte 0x${bytes[at]!.toString(16).padStart(2, "0")}; is it Latin-1 or Windows-1252?)`,
      line: firstLine + countNewlines(bytes, at),
    };
  }
}

function startsWithUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function countNewlines(b: Uint8Array, end: number): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/** Offset of the first byte that starts an invalid sequence (called only once decoding failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    // Overlongs, surrogates and code points above U+10FFFF, as the decoder rejects them.
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) {
      return i;
    }
    i += len;
  }
  return Math.max(0, b.length - 1);
}
