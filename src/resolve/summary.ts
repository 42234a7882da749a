import type { EntityKey, EntityType } from "../extract/types.js";
import type { Clusters } from "./clusters.js";
import { emptyTally, majorityType, mergeTally, type Tally } from "./tally.js";

/** A cluster of keys seen as one actor: its members' counts added up, its type by majority. */
export interface ClusterSummary {
  root: EntityKey;
  members: EntityKey[];
  tally: Tally;
  entityType: EntityType;
  /** The member most articles used: its key and label speak for the cluster. */
  representative: Tally;
}

/** The label most articles gave a key, else its first alias, else nothing. */
export function bestLabel(tally: Tally): string | null {
  let best: string | null = null;
  let votes = 0;
  for (const [label, n] of tally.labelVotes) {
    if (n > votes || (n === votes && best !== null && label < best)) [best, votes] = [label, n];
  }
  return best ?? [...tally.aliases][0] ?? null;
}

function weight(tally: Tally): number {
  return tally.named + tally.references;
}

/** Most mentions, then most articles, then the shorter key, then the alphabetically first: stable across runs. */
export function moreRepresentative(a: Tally, b: Tally): boolean {
  if (weight(a) !== weight(b)) return weight(a) > weight(b);
  if (a.docs.size !== b.docs.size) return a.docs.size > b.docs.size;
  if (a.key.length !== b.key.length) return a.key.length < b.key.length;
  return a.key < b.key;
}

export function summarise(clusters: Clusters, tallies: Map<EntityKey, Tally>): Map<EntityKey, ClusterSummary> {
  const out = new Map<EntityKey, ClusterSummary>();
  for (const [root, members] of clusters.groups()) {
    members.sort();
    const tally = emptyTally(root);
    let representative = tallies.get(members[0]!)!;
    for (const key of members) {
      const member = tallies.get(key)!;
      mergeTally(tally, member);
      if (moreRepresentative(member, representative)) representative = member;
    }
    out.set(root, { root, members, tally, entityType: majorityType(tally.typeVotes), representative });
  }
  return out;
}
