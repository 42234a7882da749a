import type { DocEntity, EntityType, Mention, Reference, Sentence } from "../../src/extract/types.js";

/**
 * Hand-built extraction input for made-up text: every entity is found by its aliases,
 * sentences by a plain splitter. It stands in for the extractor so that each quotation rule
 * is tested on its own.
 */
export interface Person {
  key: string;
  type?: EntityType;
  aliases: string[];
  roles?: string[];
  affiliation?: string;
}

export function input(text: string, people: Person[], references: Omit<Reference, "sentence" | "text">[] = []) {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+["”’']?|(?=\n)|$)/g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const words = m[0].trim();
    if (words) sentences.push({ start, end: start + words.length, text: words });
  }
  const sentenceAt = (i: number) => Math.max(0, sentences.findIndex((s) => i < s.end));
  const entities: DocEntity[] = people.map((p) => ({
    key: p.key,
    entityType: p.type ?? "person",
    label: [...p.aliases].sort((a, b) => b.length - a.length)[0],
    aliases: p.aliases,
    roles: p.roles ?? [],
    affiliation: p.affiliation ?? null,
  }));
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const forms = entities.flatMap((e) => e.aliases.map((alias) => ({ alias, e }))).sort((a, b) => b.alias.length - a.alias.length);
  for (const { alias, e } of forms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w])${alias.replace(/\./g, "\\.")}(?![\\w])`, "g"))) {
      if (taken.has(m.index)) continue;
      for (let i = m.index; i < m.index + alias.length; i++) taken.add(i);
      mentions.push({ start: m.index, end: m.index + alias.length, text: alias, entityType: e.entityType, entity: e.key, sentence: sentenceAt(m.index) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const refs: Reference[] = references.map((r) => ({ ...r, text: text.slice(r.start, r.end), sentence: sentenceAt(r.start) }));
  return { text, sentences, mentions, references: refs, entities };
}

