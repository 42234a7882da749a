import type { EntityKey } from "../extract/types.js";
import type { Tally } from "./tally.js";

function slugOf(key: EntityKey): string {
  return key.slice(key.indexOf(":") + 1);
}

function isSingleWord(tally: Tally): boolean {
  const labels = tally.labelVotes.size > 0 ? [...tally.labelVotes.keys()] : [...tally.aliases];
  return labels.length > 0 && labels.every((label) => !/\s/.test(label.trim()));
}

/**
 * The slug suffixes that start at a word of the name: "jean-pierre" for "Karine Jean-Pierre"
 * but not "pierre", which would be half a surname. Word lengths in slug tokens come from the
 * labels; a label that does not line up with the slug only offers the last token.
 */
function surnameSuffixes(full: Tally): Set<string> {
  const tokens = slugOf(full.key).split("-");
  const suffixes = new Set<string>();
  let lined = false;
  for (const label of full.labelVotes.size > 0 ? full.labelVotes.keys() : full.aliases) {
    const words = label.trim().split(/\s+/).map((word) => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length);
    if (words.reduce((sum, n) => sum + n, 0) !== tokens.length) continue;
    lined = true;
    let at = 0;
    for (const n of words.slice(0, -1)) {
      at += n;
      suffixes.add(tokens.slice(at).join("-"));
    }
  }
  if (!lined) suffixes.add(tokens[tokens.length - 1]!);
  return suffixes;
}

/**
 * Surname-only people ("person:putin", seen in an article that never gave the full name) mapped
 * to the one corpus person whose name ends with that surname ("person:vladimir-putin"). Two
 * candidates ("Boris Johnson", "Lyndon Johnson") make it ambiguous: then nothing merges.
 */
export function surnameMerges(tallies: Iterable<Tally>): Map<EntityKey, EntityKey> {
  const people = [...tallies].filter((tally) => tally.entityType === "person");
  // Surname → the full-named people it could stand for: one lookup per surname-only person.
  const bySurname = new Map<string, EntityKey[]>();
  for (const full of people) {
    if (isSingleWord(full)) continue;
    for (const suffix of surnameSuffixes(full)) {
      const keys = bySurname.get(suffix);
      if (keys) keys.push(full.key);
      else bySurname.set(suffix, [full.key]);
    }
  }
  const merges = new Map<EntityKey, EntityKey>();
  for (const person of people) {
    if (!isSingleWord(person)) continue;
    const matches = bySurname.get(slugOf(person.key));
    if (matches?.length === 1) merges.set(person.key, matches[0]!);
  }
  return merges;
}
