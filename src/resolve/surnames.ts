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
 * Surname-only people ("person:putin", seen in an article that never gave the full name) mapped
 * to the one corpus person whose key ends with that surname ("person:vladimir-putin"). Two
 * candidates ("Boris Johnson", "Lyndon Johnson") make it ambiguous: then nothing merges.
 */
export function surnameMerges(tallies: Iterable<Tally>): Map<EntityKey, EntityKey> {
  const people = [...tallies].filter((tally) => tally.entityType === "person");
  const fullNames = people.filter((tally) => !isSingleWord(tally));
  const merges = new Map<EntityKey, EntityKey>();
  for (const person of people) {
    if (!isSingleWord(person)) continue;
    const suffix = `-${slugOf(person.key)}`;
    const matches = fullNames.filter((full) => slugOf(full.key).endsWith(suffix));
    if (matches.length === 1) merges.set(person.key, matches[0]!.key);
  }
  return merges;
}
