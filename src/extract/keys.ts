import type { EntityKey, EntityType } from "./types.js";

/**
 * ASCII-folded, lower-case, hyphen-separated slug: "Volodymyr Zelenskiy" → "volodymyr-zelenskiy",
 * "José Martí" → "jose-marti", "RFE/RL" → "rfe-rl".
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/['’`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
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

/** The type part of a key ("person:x" → "person"). */
export function keyType(key: EntityKey): EntityType {
  const type = key.slice(0, key.indexOf(":"));
  if (type !== "person" && type !== "country" && type !== "organization") {
    throw new Error(`newsgraph/extract: not an entity key: "${key}"`);
  }
  return type;
}
