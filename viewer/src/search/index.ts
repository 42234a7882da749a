import type { DataGraph } from "../graph/types.js";

export interface SearchEntry {
  key: string;
  label: string;
  entityType: string;
  mentions: number;
  /** Normalised names: the label first, then the aliases. */
  names: string[];
  /** The same names as transliteration skeletons (see skeleton()). */
  skeletons: string[];
  aliases: string[];
}

export interface Suggestion {
  key: string;
  label: string;
  entityType: string;
  mentions: number;
  /** The alias that matched, when it was not the label. */
  via: string | null;
  /** Matched only approximately (spelling or transliteration). */
  fuzzy: boolean;
}

export interface SearchResult {
  suggestions: Suggestion[];
  /** Entities that match but that the filters hide, best first. */
  hidden: Suggestion[];
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

/**
 * A transliteration skeleton: the spellings one name takes through different romanisations
 * ("Zelensky", "Zelenskiy", "Zelenskyy"; "Tchaikovsky", "Chaikovskii") reduced to one form.
 * Ends -iy/-yy/-ii/-y become i, kh/ch/tch h-like, ph f, w v, j y, doubled letters single.
 */
export function skeleton(name: string): string {
  return name
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/tch/g, "ch")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck|q|c(?!h)/g, "k")
    .replace(/(iy|yy|ii|yi|ij|y)(?=\b|$)/g, "i")
    .replace(/j/g, "y")
    .replace(/([a-z])\1+/g, "$1");
}

export function buildSearchIndex(graph: DataGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const names = [normalise(a.label), ...a.aliases.map(normalise)];
    entries.push({ key, label: a.label, entityType: a.entityType, mentions: a.mentions, names, skeletons: names.map(skeleton), aliases: a.aliases });
  });
  return entries;
}

/**
 * How far each match tier sets an entity back, in units of ln(1 + mentions): a name or one of
 * its words starting with the query; a name containing it; the same transliteration skeleton;
 * within one typo per five letters. A main node spelled another way ("Zelenskiy", 240
 * mentions) thus beats a one-mention duplicate spelled exactly as typed ("Zelensky"), while a
 * typo needs some twenty times the mentions to beat an exact match.
 */
const TIER_PENALTY = [0, 1, 1.5, 3];

/**
 * Suggestions for what was typed, best first by match tier and mentions together (see
 * TIER_PENALTY). Matches the filters hide are returned apart, so the box can say why the list
 * is empty.
 */
export function searchNodes(index: SearchEntry[], query: string, options: Partial<SearchOptions> = {}): SearchResult {
  const { limit, within } = { ...DEFAULTS, ...options };
  const q = normalise(query);
  if (!q) return { suggestions: [], hidden: [] };
  const qs = skeleton(q);
  const scored: { entry: SearchEntry; tier: number; via: string | null }[] = [];
  for (const entry of index) {
    let tier = Infinity;
    let via: string | null = null;
    entry.names.forEach((name, i) => {
      const t = matchTier(name, entry.skeletons[i]!, q, qs);
      // The label wins over an alias of the same tier.
      if (t < tier || (t === tier && i === 0)) {
        tier = t;
        via = i === 0 ? null : entry.aliases[i - 1]!;
      }
    });
    if (tier < Infinity) scored.push({ entry, tier, via });
  }
  const rank = (s: (typeof scored)[number]) => Math.log1p(Math.max(0, s.entry.mentions)) - TIER_PENALTY[s.tier]!;
  scored.sort((a, b) => rank(b) - rank(a) || a.tier - b.tier || a.entry.label.localeCompare(b.entry.label));
  const toSuggestion = ({ entry, tier, via }: (typeof scored)[number]): Suggestion => ({
    key: entry.key,
    label: entry.label,
    entityType: entry.entityType,
    mentions: entry.mentions,
    via,
    fuzzy: tier >= 2,
  });
  const shown = within ? scored.filter((s) => within.has(s.entry.key)) : scored;
  const hidden = within ? scored.filter((s) => !within.has(s.entry.key)) : [];
  return { suggestions: shown.slice(0, limit).map(toSuggestion), hidden: hidden.slice(0, limit).map(toSuggestion) };
}

function matchTier(name: string, nameSkeleton: string, q: string, qs: string): number {
  if (name.startsWith(q)) return 0;
  const at = name.indexOf(q);
  if (at > 0 && /[\s\-'.]/.test(name[at - 1]!)) return 0;
  if (at > 0) return 1;
  if (qs.length >= 3 && (nameSkeleton.startsWith(qs) || nameSkeleton.includes(` ${qs}`))) return 2;
  if (q.length >= 4) {
    const budget = Math.floor(q.length / 5) + 1;
    for (const word of [name, ...name.split(" ")]) {
      if (prefixDistance(word, q, budget) <= budget) return 3;
    }
  }
  return Infinity;
}

/**
 * Edit distance (with adjacent swaps) between the query and the closest prefix of `word`, so
 * "Zelensk" matches "zelenskyy" and "Tomas Tinlavn" matches "tomas tinlavin"; gives up past
 * `budget`.
 */
export function prefixDistance(word: string, q: string, budget: number): number {
  if (Math.abs(word.length - q.length) > budget && word.length < q.length) return budget + 1;
  const n = q.length;
  const m = Math.min(word.length, n + budget);
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1);
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= m; j++) {
      const cost = q[i - 1] === word[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && q[i - 1] === word[j - 2] && q[i - 2] === word[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > budget) return budget + 1;
    prev2 = prev;
    prev = row;
  }
  // Any prefix of the word: the best of the last row.
  return Math.min(...prev);
}
