/**
 * Reads annotated news in the gum-news-dev.jsonl shape and gives every gold mention an identity,
 * so that splits and merges can be counted even where the annotators left no Wikipedia title.
 */
import { readFileSync } from "node:fs";
import type { GoldDoc, GoldMention, GoldQuote, GoldType, Span } from "./types.js";

const GOLD_TYPES = new Set<GoldType>(["PERSON", "ORG", "COUNTRY", "PLACE", "OTHER"]);

/** Which coreference entity types may stand for a gold class. */
const COREF_TYPES: Record<GoldType, readonly string[]> = {
  PERSON: ["person"],
  ORG: ["organization"],
  COUNTRY: ["place", "organization"],
  PLACE: ["place"],
  OTHER: [],
};

interface RawEntity extends Span {
  type: GoldType;
  text?: string;
  identity?: string;
}

interface RawCoref {
  group: number | string;
  etype?: string;
  identity?: string;
  mentions: [number, number][];
}

export function loadGold(file: string): GoldDoc[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const docs: GoldDoc[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`newsgraph/eval: ${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    docs.push(parseGoldDoc(raw, `${file}:${i + 1}`));
  });
  if (docs.length === 0) throw new Error(`newsgraph/eval: ${file}: no articles`);
  return docs;
}

export function parseGoldDoc(raw: unknown, where: string): GoldDoc {
  const fail = (what: string): never => {
    throw new Error(`newsgraph/eval: ${where}: ${what}`);
  };
  if (typeof raw !== "object" || raw === null) return fail("a line must be a JSON object");
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== "string" || r.text === "") return fail("missing text");
  if (!Array.isArray(r.entities)) return fail("missing entities array");
  const text = r.text;
  const inText = (s: Span): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length;

  const entities = r.entities as RawEntity[];
  for (const e of entities) {
    if (!GOLD_TYPES.has(e.type)) fail(`unknown entity type ${JSON.stringify(e.type)}`);
    if (!inText(e)) fail(`entity span ${e.start}-${e.end} outside the text`);
  }
  const quotes: GoldQuote[] = (Array.isArray(r.quotes) ? (r.quotes as Span[]) : []).map((q) => {
    if (!inText(q)) fail(`quote span ${q.start}-${q.end} outside the text`);
    return { start: q.start, end: q.end, text: text.slice(q.start, q.end) };
  });
  const coref = Array.isArray(r.coref) ? (r.coref as RawCoref[]) : [];
  return {
    id: typeof r.id === "string" ? r.id : where,
    title: typeof r.title === "string" ? r.title : "",
    text,
    mentions: assignIdentities(text, entities, coref),
    quotes,
  };
}

/**
 * Identity, in order: the Wikipedia title; else the coreference chain whose smallest mention
 * around the name has the name as its head (English heads come last: "association president
 * Jane Doe"); else a longer gold name of the same type in the article that contains this one
 * ("Doe" → "Jane Doe"); else the name itself.
 */
export function assignIdentities(text: string, entities: RawEntity[], coref: RawCoref[]): GoldMention[] {
  const chains = coref.flatMap((c) =>
    c.mentions.map(([start, end]) => ({ start, end, chain: c })),
  );
  const ids: (string | null)[] = entities.map((e) => {
    if (e.identity) return `wiki:${e.identity}`;
    const around = chains
      .filter((m) => m.start <= e.start && e.end <= m.end && COREF_TYPES[e.type].includes(m.chain.etype ?? ""))
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (!around) return null;
    const rivals = entities.filter((o) => o.type === e.type && around.start <= o.start && o.end <= around.end);
    const head = rivals.reduce((best, o) => (o.end > best.end ? o : best), e);
    if (head !== e) return null;
    return around.chain.identity ? `wiki:${around.chain.identity}` : `coref:${around.chain.group}`;
  });
  const words = (e: RawEntity): string[] => text.slice(e.start, e.end).toLowerCase().split(/\s+/);
  return entities.map((e, i) => {
    let identity = ids[i];
    if (identity === null) {
      const mine = words(e);
      const fuller = entities
        .map((o, j) => ({ o, j }))
        .filter(({ o }) => o.type === e.type && mine.every((w) => words(o).includes(w)))
        .sort((a, b) => b.o.end - b.o.start - (a.o.end - a.o.start) || Number(ids[b.j] !== null) - Number(ids[a.j] !== null))[0];
      identity = (fuller && ids[fuller.j]) ?? `name:${e.type}:${words(fuller?.o ?? e).join(" ")}`;
    }
    return { start: e.start, end: e.end, type: e.type, text: text.slice(e.start, e.end), identity };
  });
}
