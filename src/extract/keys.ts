import { createHash } from "node:crypto";
import type { EntityKey, EntityType } from "./types.js";

/**
 * The one home of node keys: `person:<slug>`, `organization:<slug>`, `country:<ISO alpha-2>`.
 * Every stage that makes or reads a key goes through here (the retired `org:` prefix is not a key).
 */
const ENTITY_TYPES: readonly EntityType[] = ["person", "country", "organization"];

/** Cyrillic and Greek letters to Latin: a name written in either script keys like its English spelling. */
const TRANSLITERATION: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ђ: "dj", ј: "j", љ: "lj",
  њ: "nj", ћ: "c", џ: "dz", ѓ: "g", ќ: "k", ѕ: "dz",
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x",
  ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};

/** Greek vowel pairs read as one sound ("Σταύρος" is Stavros, "Μουζάλας" Mouzalas). */
const GREEK_PAIRS: Array<[RegExp, string]> = [
  [/α[υύ]/g, "av"],
  [/ε[υύ]/g, "ev"],
  [/η[υύ]/g, "iv"],
  [/ο[υύ]/g, "ou"],
];

function transliterate(lower: string): string {
  for (const [pair, latin] of GREEK_PAIRS) lower = lower.replace(pair, latin);
  let out = "";
  for (const char of lower) out += TRANSLITERATION[char] ?? char;
  return out;
}

/**
 * Lower-case, hyphen-separated ASCII slug: "Volodymyr Zelenskiy" → "volodymyr-zelenskiy",
 * "José Martí" → "jose-marti", "RFE/RL" → "rfe-rl", "Владимир Путин" → "vladimir-putin".
 * A name in a script with no transliteration here (Chinese, Arabic…) gets a stable hash slug,
 * "u-" and 10 hex digits of the name, so it still has a node of its own.
 */
export function slugify(name: string): string {
  // Before and after taking accents off: "й" is its own letter, "ά" is "α" with an accent.
  const bare = transliterate(name.normalize("NFC").toLowerCase()).normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const folded = transliterate(bare)
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/['’`]/g, "");
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const unwritten = /[\p{L}\p{N}]/u.test(folded.replace(/[a-z0-9]/g, ""));
  if (!unwritten) return slug;
  const letters = name.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return `u-${createHash("sha256").update(letters).digest("hex").slice(0, 10)}`;
}

/** `country:RU` from an ISO 3166 alpha-2 code. */
export function countryKey(iso2: string): EntityKey {
  return `country:${iso2.toUpperCase()}`;
}

/** The graph node key for a named entity: `person:<slug>`, `organization:<slug>`, `country:<ISO2>`. */
export function entityKey(type: EntityType, name: string): EntityKey {
  if (type === "country") {
    if (!/^[A-Za-z]{2}$/.test(name)) throw new Error(`newsgraph/extract: country key needs an ISO alpha-2 code, got "${name}"`);
    return countryKey(name);
  }
  const slug = slugify(name);
  if (!slug) throw new Error(`newsgraph/extract: cannot make a ${type} key from "${name}"`);
  return `${type}:${slug}`;
}

/** A key with its type and the part after the colon, or null for anything that is not one of ours. */
export function parseKey(key: EntityKey): { type: EntityType; id: string } | null {
  const colon = key.indexOf(":");
  const type = key.slice(0, colon) as EntityType;
  if (colon < 0 || !ENTITY_TYPES.includes(type) || colon === key.length - 1) return null;
  return { type, id: key.slice(colon + 1) };
}

/** The type part of a key ("person:x" → "person"). */
export function keyType(key: EntityKey): EntityType {
  const parsed = parseKey(key);
  if (!parsed) throw new Error(`newsgraph/extract: not an entity key: "${key}"`);
  return parsed.type;
}

/** The part after the type: the slug, or a country's ISO code ("country:RU" → "RU"). */
export function keyId(key: EntityKey): string {
  const parsed = parseKey(key);
  if (!parsed) throw new Error(`newsgraph/extract: not an entity key: "${key}"`);
  return parsed.id;
}

/** The same id under another type: resolve retypes a key when the corpus's type votes say so. */
export function withType(key: EntityKey, type: EntityType): EntityKey {
  return `${type}:${keyId(key)}`;
}
