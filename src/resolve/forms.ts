import { parseKey } from "../extract/keys.js";
import type { EntityKey } from "../extract/types.js";
import type { Clusters } from "./clusters.js";
import { nameWords, organizationForm, personForm, personName } from "./names.js";
import { bestLabel } from "./summary.js";
import { majorityType, type Tally } from "./tally.js";

function bucket(index: Map<string, EntityKey[]>, form: string, key: EntityKey): void {
  if (!form) return;
  const keys = index.get(form);
  if (keys) keys.push(key);
  else index.set(form, [key]);
}

/**
 * Rule name-form (and type-vote when the types differ): keys whose names are the same once
 * normalised are one actor. Three indexes, each one lookup per key: the plain words for any
 * type (a company some article typed as a person), the words without corporate suffixes among
 * organizations, the name without titles and descriptors among people.
 */
export function unionForms(tallies: Map<EntityKey, Tally>, clusters: Clusters): void {
  const plain = new Map<string, EntityKey[]>();
  const organizations = new Map<string, EntityKey[]>();
  const people = new Map<string, EntityKey[]>();
  for (const tally of tallies.values()) {
    // A country's key is its ISO code, whatever the article wrote: nothing to normalise.
    if (parseKey(tally.key)?.type === "country") continue;
    const label = bestLabel(tally);
    if (!label) continue;
    const words = nameWords(label, "organization");
    bucket(plain, words.join(" "), tally.key);
    const type = majorityType(tally.typeVotes);
    if (type === "organization") bucket(organizations, organizationForm(words), tally.key);
    if (type === "person") {
      const name = personName(nameWords(label, "person"));
      if (name && !("bare" in name)) bucket(people, personForm(name), tally.key);
    }
  }
  for (const index of [plain, organizations, people]) {
    for (const keys of index.values()) {
      const [first, ...rest] = keys;
      for (const key of rest) {
        const sameType = majorityType(tallies.get(key)!.typeVotes) === majorityType(tallies.get(first!)!.typeVotes);
        clusters.union(key, first!, sameType ? "name-form" : "type-vote");
      }
    }
  }
}
