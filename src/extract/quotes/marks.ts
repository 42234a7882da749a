import type { QuoteOptions } from "./defaults.js";
import { spanAt } from "./spans.js";

/** A quoted stretch of the text: marks included in start/end, words without marks in text. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** Quoted in single marks ('good sign'): such spans are words within a sentence, never a paragraph. */
  single: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Paragraphs are separated by blank lines; a text that has none (one paragraph per line)
 * is split on every line break instead, so that hard-wrapped paragraphs stay whole.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const breaks = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n+/g;
  const out: Paragraph[] = [];
  let from = 0;
  for (const m of text.matchAll(breaks)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const endsSentence = (s: string) => /[.!?…]["'”’)]*\s*$/.test(s);

/**
 * Role of a double mark. Curly marks say which they are, but texts converted by careless
 * tools put ” at both ends, so a mark between a space and a word opens whatever its shape.
 */
function doubleRole(text: string, i: number, open: boolean): "open" | "close" | null {
  const c = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  const opensByPosition = (isSpace(before) || /[(\[—–-]/.test(before ?? "")) && !isSpace(after);
  if (c === '"') return open ? "close" : "open";
  if (OPEN_DOUBLE.has(c)) return open && !isSpace(before) && isSpace(after) ? "close" : "open";
  if (CLOSE_DOUBLE.has(c)) return !open && opensByPosition ? "open" : open ? "close" : null;
  return null;
}

/** Two apostrophes stand for a straight double mark in some wire texts (''We will,'' she said). */
const isTwoApostrophes = (text: string, i: number) => text[i] === "'" && text[i + 1] === "'";

/** Double-quoted spans. A quote left open at a paragraph's end continues when the next paragraph reopens it. */
function doubleQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { start: number; pieces: string[]; from: number } | null = null;
  paragraphs.forEach((p, k) => {
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      const width = isTwoApostrophes(text, i) ? 2 : 1;
      if (width === 1 && c !== '"' && !OPEN_DOUBLE.has(c) && !CLOSE_DOUBLE.has(c)) continue;
      // `''…the word 'old-school.''' he said`: of three apostrophes closing a quote, the first closes a quote inside it.
      if (width === 2 && open && text[i + 2] === "'") continue;
      if (open && i === open.from - width) {
        i += width - 1;
        continue; // the mark that reopened a continued quote
      }
      const role = width === 2 ? (open ? "close" : "open") : doubleRole(text, i, open !== null);
      if (role === "open") {
        open = { start: i, pieces: [], from: i + width };
      } else if (role === "close" && open) {
        const words = [...open.pieces, text.slice(open.from, i)].join("\n\n");
        if (words.trim()) out.push({ start: open.start, end: i + width, text: tidy(words), single: false });
        open = null;
      }
      i += width - 1;
    }
    if (!open) return;
    const next = paragraphs[k + 1];
    const piece = text.slice(open.from, p.end);
    // English convention: no closing mark at the end of a quoted paragraph, an opening one on the next.
    const reopens = next && /^(?:["“„«]|'')/.test(text.slice(next.start, next.start + 2)) && endsSentence(piece);
    if (reopens) {
      open.pieces.push(piece);
      open.from = next.start + (isTwoApostrophes(text, next.start) ? 2 : 1);
    } else if (next && closesLater(text, paragraphs.slice(k + 1, k + 1 + MAX_UNMARKED_PARAGRAPHS))) {
      open.pieces.push(piece);
      open.from = next.start;
    } else {
      open = null;
    }
  });
  return out;
}

/** How many paragraphs a quote may run through without the reopening marks of the convention. */
const MAX_UNMARKED_PARAGRAPHS = 3;

/**
 * Some texts break a quote into paragraphs without reopening it. When the next double mark
 * after an unclosed quote can only be a closing one (a word before it, a space after it),
 * the quote runs on to it.
 */
function closesLater(text: string, next: Paragraph[]): boolean {
  for (const p of next) {
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== '"' && !OPEN_DOUBLE.has(c) && !CLOSE_DOUBLE.has(c)) continue;
      const closing = !isSpace(text[i - 1]) && (isSpace(text[i + 1]) || /[,.;:!?)\]—–-]/.test(text[i + 1]));
      return closing && !OPEN_DOUBLE.has(c);
    }
  }
  return false;
}

function tidy(words: string): string {
  // "far from exhausted," — the comma inside the closing mark is typography, not the speaker's.
  return words.trim().replace(/[,;:]+$/, "").trim();
}

/**
 * Single-quoted spans ('good sign') outside double quotes. An apostrophe inside a word
 * (don't, Russia's) neither opens nor closes; one before a decade or an elision ('90s, 'em)
 * does not open.
 */
function singleQuotes(text: string, paragraphs: Paragraph[], taken: QuoteSpan[], options: QuoteOptions): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const elision = new RegExp(`^(?:\\d{2}s?\\b|(?:${options.elisions.join("|")})\\b)`, "i");
  for (const p of paragraphs) {
    let openAt = -1;
    for (let i = p.start; i < p.end; i++) {
      // A double-quoted span is no part of a single-quoted one, neither inside nor across it.
      const double = spanAt(taken, i);
      if (double) {
        openAt = -1;
        i = double.end - 1;
        continue;
      }
      const c = text[i];
      if (c !== "'" && c !== "‘" && c !== "’") continue;
      const before = text[i - 1];
      const after = text[i + 1];
      if (isWordChar(before) && isWordChar(after)) continue;
      const canOpen = c !== "’" && (isSpace(before) || /[(\[—–\-/"“]/.test(before ?? "")) && isWordChar(after);
      const canClose = c !== "‘" && !isSpace(before) && (isSpace(after) || /[,.;:!?)\]—–\-"”]/.test(after ?? ""));
      if (openAt >= 0 && canClose) {
        const words = text.slice(openAt + 1, i);
        if (i - openAt <= options.maxSingleQuoteChars && /\p{L}.*\p{L}/u.test(words)) {
          out.push({ start: openAt, end: i + 1, text: tidy(words), single: true });
        }
        openAt = -1;
      } else if (canOpen && !elision.test(text.slice(i + 1, i + 8))) {
        openAt = i;
      }
    }
  }
  return out;
}

/** Every quoted span of the text, in text order. */
export function findQuoteSpans(text: string, paragraphs: Paragraph[], options: QuoteOptions): QuoteSpan[] {
  const doubles = doubleQuotes(text, paragraphs);
  const singles = singleQuotes(text, paragraphs, doubles, options);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}
