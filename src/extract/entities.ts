import type { Keyed } from "./coref/index.js";
import type { PersonFacts } from "./roles.js";
import { keyId } from "./keys.js";
import type { DocEntity, Reference } from "./types.js";

/** Facts the spans give about each person: roles and the state or body they belong to. */
export function personFacts(mentions: Keyed[]): Map<string, PersonFacts> {
  const facts = new Map<string, PersonFacts>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const f = facts.get(m.key) ?? { roles: new Set<string>(), affiliation: null, first: m.span.first };
    if (m.span.role) f.roles.add(m.span.role);
    if (!f.affiliation && m.span.affiliation) f.affiliation = m.span.affiliation;
    facts.set(m.key, f);
  }
  return facts;
}

/** One DocEntity per key: the fullest name as label, every surface form as an alias. */
export function buildEntities(mentions: Keyed[], facts: Map<string, PersonFacts>): DocEntity[] {
  const byKey = new Map<string, DocEntity>();
  for (const m of mentions) {
    let e = byKey.get(m.key);
    if (!e) {
      const f = facts.get(m.key);
      e = {
        key: m.key,
        entityType: m.type,
        label: m.label ?? m.surface,
        aliases: [],
        roles: f ? [...f.roles].sort() : [],
        affiliation: f?.affiliation ?? m.affiliation ?? null,
      };
      byKey.set(m.key, e);
    }
    if (!e.aliases.includes(m.surface)) e.aliases.push(m.surface);
    if (!m.label && m.type !== "country" && fuller(m.surface, e.label)) e.label = m.surface;
  }
  return [...byKey.values()];
}

/** Countries the article names only by their demonym ("French President …"): entities too, labelled by the state. */
export function referencedCountries(entities: DocEntity[], references: Reference[], label: (code: string) => string): DocEntity[] {
  const known = new Set(entities.map((e) => e.key));
  const out: DocEntity[] = [];
  for (const r of references) {
    if (r.via !== "demonym" || known.has(r.entity)) continue;
    known.add(r.entity);
    out.push({ key: r.entity, entityType: "country", label: label(keyId(r.entity)), aliases: [], roles: [], affiliation: null });
  }
  return out;
}

function fuller(a: string, b: string): boolean {
  const wa = a.split(/[\s-]+/).length;
  const wb = b.split(/[\s-]+/).length;
  return wa > wb || (wa === wb && a.length > b.length);
}
