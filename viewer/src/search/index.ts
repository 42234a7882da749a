import type { DataGraph } from "../graph/types.js";

export interface SearchEntry {
  key: string;
  label: string;
  entityType: string;
  mentions: number;
  /** Normalised names: the label first, then the aliases. */
  names: string[];
  aliases: string[];
}

export interface Suggestion {
  key: string;
  label: string;
  entityType: string;
  /** The alias that matched, when it was not the label. */
  via: string | null;
}

export interface SearchOptions {
  limit: number;
  /** Restrict to these keys (the nodes the filters let through). */
  within: Pick<Set<string>, "has"> | null;
}

const DEFAULTS: SearchOptions = { limit: 8, within: null };

/** Case and accents do not matter: "Ines" finds "Inês". */
export function normalise(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function buildSearchIndex(graph: DataGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    entries.push({
      key,
      label: a.label,
      entityType: a.entityType,
      mentions: a.mentions,
      names: [normalise(a.label), ...a.aliases.map(normalise)],
      aliases: a.aliases,
    });
  });
  return entries;
}

/**
 * Suggestions for what was typed, best first: a name that starts with the query, then one with
 * a word starting with it, then one containing it; the label before an alias; ties go to the
 * entity mentioned most.
 */
export function searchNodes(index: SearchEntry[], query: string, options: Partial<SearchOptions> = {}): Suggestion[] {
  const { limit, within } = { ...DEFAULTS, ...options };
  const q = normalise(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; score: number; via: string | null }[] = [];
  for (const entry of index) {
    if (within && !within.has(entry.key)) continue;
    let best = Infinity;
    let via: string | null = null;
    entry.names.forEach((name, i) => {
      const rank = matchRank(name, q);
      if (rank === Infinity) return;
      // The label (i = 0) wins over an alias of equal rank.
      const score = rank * 2 + (i === 0 ? 0 : 1);
      if (score < best) {
        best = score;
        via = i === 0 ? null : entry.aliases[i - 1]!;
      }
    });
    if (best < Infinity) scored.push({ entry, score: best, via });
  }
  scored.sort((a, b) => a.score - b.score || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map(({ entry, via }) => ({ key: entry.key, label: entry.label, entityType: entry.entityType, via }));
}

function matchRank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const at = name.indexOf(q);
  if (at < 0) return Infinity;
  return /[\s\-'.]/.test(name[at - 1] ?? "") ? 2 : 3;
}
