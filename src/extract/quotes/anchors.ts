import { parseKey } from "../keys.js";
import type { DocEntity, EntityKey, EntityType, Mention, Reference } from "../types.js";
import { firstStartingFrom } from "./spans.js";

/** Anything in the text that points at an entity: a name, or one of brief B's references. */
export interface Anchor {
  start: number;
  end: number;
  entity: EntityKey;
  entityType: EntityType | null;
  via: "name" | Reference["via"];
}

function typeOfKey(key: EntityKey, entities: Map<EntityKey, DocEntity>): EntityType | null {
  const known = entities.get(key)?.entityType;
  if (known) return known;
  return parseKey(key)?.type ?? null;
}

export function anchorsOf(mentions: Mention[], references: Reference[], entities: Map<EntityKey, DocEntity>): Anchor[] {
  const out: Anchor[] = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity, entityType: m.entityType, via: "name" as const })),
    ...references.map((r) => ({ start: r.start, end: r.end, entity: r.entity, entityType: typeOfKey(r.entity, entities), via: r.via })),
  ];
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Anchors lying wholly inside [from, to). */
export function anchorsIn(anchors: Anchor[], from: number, to: number): Anchor[] {
  const out: Anchor[] = [];
  for (let i = firstStartingFrom(anchors, from); i < anchors.length && anchors[i].start < to; i++) {
    if (anchors[i].end <= to) out.push(anchors[i]);
  }
  return out;
}
