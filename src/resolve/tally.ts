import { parseKey } from "../extract/keys.js";
import type { DocExtraction, EntityKey, EntityType } from "../extract/types.js";
import { nameWords, personName } from "./names.js";

/** What one article says about one of its keys. */
export interface Part {
  key: EntityKey;
  /** The article's own type for it: its entity record's, else its mentions', else the key's. */
  entityType: EntityType;
  label: string | null;
  aliases: string[];
  roles: string[];
  named: number;
  references: number;
  quotes: number;
  /** Which extraction rules typed its mentions and chose it as a speaker, with counts (`--explain`). */
  rules: Map<string, number>;
}

/** A bare surname ("Smith" in an article that never gives the full name), kept per article until finish decides. */
export interface BarePart extends Part {
  doc: string;
  ordinal: number;
  date: string | null;
  /** The article's full-named keys (shared by its bare parts): the evidence of which Smith it means. */
  context: EntityKey[];
}

/** Everything resolve counts about one key (or, after merging, one actor) while the corpus streams past. */
export interface Tally {
  key: EntityKey;
  /** Named mentions by the type each article gave (an article with no named mention votes once). */
  typeVotes: Record<EntityType, number>;
  /** Per-article labels ("the fullest name the article uses"), one vote per article. */
  labelVotes: Map<string, number>;
  aliases: Set<string>;
  roles: Set<string>;
  named: number;
  references: number;
  /** Ordinals of the articles it appears in: a set, so merged keys never count an article twice. */
  docs: Set<number>;
  /** The first few article ids, shown by `--explain`. */
  examples: string[];
  quotes: number;
  firstDate: string | null;
  lastDate: string | null;
  /** For a short name: the longer names articles define it as ("Advanced Micro Devices (AMD)"), with counts. */
  definedAs: Map<EntityKey, number>;
  /** `type <rule>` and `speaker <rule>` counts: the extraction's decisions behind it. */
  rules: Map<string, number>;
}

const EXAMPLES = 3;
/** A bare surname's evidence is the article's full-named keys; a list article naming hundreds keeps the first ones. */
export const CONTEXT_LIMIT = 48;
/** Roles are evidence, not an inventory: a bounded set per actor keeps one odd article from growing it. */
const ROLE_LIMIT = 32;

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

export function emptyTally(key: EntityKey): Tally {
  return {
    key,
    typeVotes: { person: 0, country: 0, organization: 0 },
    labelVotes: new Map(),
    aliases: new Set(),
    roles: new Set(),
    named: 0,
    references: 0,
    docs: new Set(),
    examples: [],
    quotes: 0,
    firstDate: null,
    lastDate: null,
    definedAs: new Map(),
    rules: new Map(),
  };
}

function count(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [key, n] of from) count(into, key, n);
}

/** Adds one article's part to a tally. */
export function addPart(tally: Tally, part: Part, doc: { ordinal: number; id: string; date: string | null }): void {
  tally.typeVotes[part.entityType] += Math.max(part.named, 1);
  if (part.label) tally.labelVotes.set(part.label, (tally.labelVotes.get(part.label) ?? 0) + 1);
  for (const alias of part.aliases) tally.aliases.add(alias);
  for (const role of part.roles) if (tally.roles.size < ROLE_LIMIT) tally.roles.add(role);
  tally.named += part.named;
  tally.references += part.references;
  tally.quotes += part.quotes;
  addCounts(tally.rules, part.rules);
  if (!tally.docs.has(doc.ordinal) && tally.examples.length < EXAMPLES) tally.examples.push(doc.id);
  tally.docs.add(doc.ordinal);
  tally.firstDate = minDate(tally.firstDate, doc.date);
  tally.lastDate = maxDate(tally.lastDate, doc.date);
}

/** Folds `from` into `into`: what the merged actor would have counted had it been one key all along. */
export function mergeTally(into: Tally, from: Tally): void {
  for (const type of Object.keys(from.typeVotes) as EntityType[]) into.typeVotes[type] += from.typeVotes[type];
  for (const [label, votes] of from.labelVotes) into.labelVotes.set(label, (into.labelVotes.get(label) ?? 0) + votes);
  for (const alias of from.aliases) into.aliases.add(alias);
  for (const role of from.roles) if (into.roles.size < ROLE_LIMIT) into.roles.add(role);
  for (const doc of from.docs) into.docs.add(doc);
  for (const id of from.examples) if (into.examples.length < EXAMPLES && !into.examples.includes(id)) into.examples.push(id);
  for (const [key, n] of from.definedAs) into.definedAs.set(key, (into.definedAs.get(key) ?? 0) + n);
  addCounts(into.rules, from.rules);
  into.named += from.named;
  into.references += from.references;
  into.quotes += from.quotes;
  into.firstDate = minDate(into.firstDate, from.firstDate);
  into.lastDate = maxDate(into.lastDate, from.lastDate);
}

/** The type most of its evidence gives; ties go person, organization, country (a fixed order, so runs agree). */
export function majorityType(votes: Record<EntityType, number>): EntityType {
  let best: EntityType = "person";
  for (const type of ["organization", "country"] as const) if (votes[type] > votes[best]) best = type;
  return best;
}

/** A person part whose name is one word once titles and descriptors are gone: its surname, else null. */
export function bareSurname(part: Part): string | null {
  if (part.entityType !== "person") return null;
  const name = part.label ?? part.aliases[0];
  if (!name) return null;
  const person = personName(nameWords(name, "person"));
  return person && "bare" in person ? person.bare : null;
}

/** The parts of one article, one per key it names or refers to. */
export function partsOf(doc: DocExtraction): Map<EntityKey, Part> {
  const parts = new Map<EntityKey, Part>();
  const get = (key: EntityKey, type: EntityType | undefined): Part | undefined => {
    let part = parts.get(key);
    if (part) return part;
    const entityType = type ?? parseKey(key)?.type;
    // A key with no type anywhere is not one of ours to place in the graph.
    if (!entityType) return undefined;
    part = { key, entityType, label: null, aliases: [], roles: [], named: 0, references: 0, quotes: 0, rules: new Map() };
    parts.set(key, part);
    return part;
  };
  for (const entity of doc.entities) {
    const part = get(entity.key, entity.entityType);
    if (!part) continue;
    if (entity.label) part.label = entity.label;
    part.aliases.push(...entity.aliases);
    if (entity.label) part.aliases.push(entity.label);
    part.roles.push(...entity.roles);
  }
  for (const mention of doc.mentions) {
    const part = get(mention.entity, mention.entityType);
    if (!part) continue;
    part.named += 1;
    if (mention.rule) count(part.rules, `type ${mention.rule}`);
    // An extractor that lists no DocEntity for a key still gave its surface forms.
    if (part.label === null) part.aliases.push(mention.text);
  }
  for (const reference of doc.references) {
    const part = get(reference.entity, undefined);
    if (part) part.references += 1;
  }
  for (const quote of doc.quotes) {
    if (quote.speaker !== null) {
      const part = get(quote.speaker, undefined);
      if (part) {
        part.quotes += 1;
        if (quote.speakerRule) count(part.rules, `speaker ${quote.speakerRule}`);
      }
    }
    if (quote.reportedBy !== null) get(quote.reportedBy, undefined);
    for (const about of quote.about) get(about, undefined);
  }
  for (const part of parts.values()) part.aliases = [...new Set(part.aliases)];
  return parts;
}

/**
 * Short names an article defines in brackets right after a longer one: "Advanced Micro Devices
 * (AMD)" gives AMD → advanced-micro-devices. Read from the mention offsets and sentence text.
 */
export function definitionsOf(doc: DocExtraction): Array<{ short: EntityKey; long: EntityKey }> {
  const out: Array<{ short: EntityKey; long: EntityKey }> = [];
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [long, short] = [mentions[i]!, mentions[i + 1]!];
    const sentence = doc.sentences[long.sentence];
    if (!sentence || long.entity === short.entity || short.sentence !== long.sentence) continue;
    const between = sentence.text.slice(long.end - sentence.start, short.start - sentence.start);
    const after = sentence.text.slice(short.end - sentence.start, short.end - sentence.start + 1);
    if (/^\s*\($/.test(between) && after === ")" && !/\s/.test(short.text) && /\s|-/.test(long.text)) {
      out.push({ short: short.entity, long: long.entity });
    }
  }
  return out;
}
