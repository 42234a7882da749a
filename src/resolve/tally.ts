import type { DocExtraction, EntityKey, EntityType } from "../extract/types.js";

/** Everything resolve counts about one key while the corpus streams past. */
export interface Tally {
  key: EntityKey;
  entityType: EntityType;
  /** Per-article labels ("the fullest name the article uses"), one vote per article. */
  labelVotes: Map<string, number>;
  aliases: Set<string>;
  named: number;
  references: number;
  /** Ordinals of the articles it appears in: a set, so merged keys never count an article twice. */
  docs: Set<number>;
  quotes: number;
  firstDate: string | null;
  lastDate: string | null;
}

const TYPE_BY_PREFIX: Record<string, EntityType> = {
  person: "person",
  country: "country",
  org: "organization",
  organization: "organization",
};

function typeFromKey(key: EntityKey): EntityType | undefined {
  return TYPE_BY_PREFIX[key.slice(0, key.indexOf(":"))];
}

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

export class Tallies {
  readonly byKey = new Map<EntityKey, Tally>();
  private ordinal = 0;

  private get(key: EntityKey, entityType: EntityType | undefined): Tally | undefined {
    let tally = this.byKey.get(key);
    if (tally) return tally;
    const type = entityType ?? typeFromKey(key);
    // A key with no type anywhere is not one of ours to place in the graph.
    if (!type) return undefined;
    tally = {
      key,
      entityType: type,
      labelVotes: new Map(),
      aliases: new Set(),
      named: 0,
      references: 0,
      docs: new Set(),
      quotes: 0,
      firstDate: null,
      lastDate: null,
    };
    this.byKey.set(key, tally);
    return tally;
  }

  add(doc: DocExtraction): void {
    const ordinal = this.ordinal++;
    const seen = (tally: Tally | undefined): Tally | undefined => {
      if (!tally) return undefined;
      tally.docs.add(ordinal);
      tally.firstDate = minDate(tally.firstDate, doc.date);
      tally.lastDate = maxDate(tally.lastDate, doc.date);
      return tally;
    };
    for (const entity of doc.entities) {
      const tally = seen(this.get(entity.key, entity.entityType));
      if (!tally) continue;
      if (entity.label) tally.labelVotes.set(entity.label, (tally.labelVotes.get(entity.label) ?? 0) + 1);
      for (const alias of entity.aliases) tally.aliases.add(alias);
      if (entity.label) tally.aliases.add(entity.label);
    }
    const described = new Set(doc.entities.map((entity) => entity.key));
    for (const mention of doc.mentions) {
      const tally = seen(this.get(mention.entity, mention.entityType));
      if (!tally) continue;
      tally.named += 1;
      // An extractor that lists no DocEntity for a key still gave its surface forms.
      if (!described.has(mention.entity)) tally.aliases.add(mention.text);
    }
    for (const reference of doc.references) {
      const tally = seen(this.get(reference.entity, undefined));
      if (tally) tally.references += 1;
    }
    for (const quote of doc.quotes) {
      if (quote.speaker !== null) {
        const tally = seen(this.get(quote.speaker, undefined));
        if (tally) tally.quotes += 1;
      }
      if (quote.reportedBy !== null) seen(this.get(quote.reportedBy, undefined));
      for (const about of quote.about) seen(this.get(about, undefined));
    }
  }
}

/** Folds `from` into `into`: what the merged actor would have counted had it been one key all along. */
export function mergeTally(into: Tally, from: Tally): void {
  for (const [label, votes] of from.labelVotes) into.labelVotes.set(label, (into.labelVotes.get(label) ?? 0) + votes);
  for (const alias of from.aliases) into.aliases.add(alias);
  for (const doc of from.docs) into.docs.add(doc);
  into.named += from.named;
  into.references += from.references;
  into.quotes += from.quotes;
  into.firstDate = minDate(into.firstDate, from.firstDate);
  into.lastDate = maxDate(into.lastDate, from.lastDate);
}
