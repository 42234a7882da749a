import type { DocExtraction, EntityKey } from "../extract/types.js";
import { RESOLVE_DEFAULTS } from "./defaults.js";
import { canonicalLabel } from "./labels.js";
import { surnameMerges } from "./surnames.js";
import { mergeTally, Tallies } from "./tally.js";
import type { CorpusEntity, Resolution, ResolveOptions } from "./types.js";

export type { CorpusEntity, Resolution, ResolveOptions } from "./types.js";
export { remapExtraction } from "./remap.js";

export interface Resolver {
  add(doc: DocExtraction): void;
  finish(): Resolution;
}

/**
 * The streaming form of resolve: the build feeds it each article's extraction as it is made,
 * so the corpus never has to sit in memory; `finish` merges and names the entities.
 */
export function createResolver(options: ResolveOptions = {}): Resolver {
  const settings = { ...RESOLVE_DEFAULTS, ...options };
  const tallies = new Tallies();
  let finished = false;
  return {
    add(doc) {
      if (finished) throw new Error("newsgraph/resolve: add() called after finish()");
      tallies.add(doc);
    },
    finish() {
      finished = true;
      const merges = settings.mergeSurnames ? surnameMerges(tallies.byKey.values()) : new Map<EntityKey, EntityKey>();
      for (const [from, into] of merges) {
        mergeTally(tallies.byKey.get(into)!, tallies.byKey.get(from)!);
        tallies.byKey.delete(from);
      }
      const entities: CorpusEntity[] = [...tallies.byKey.values()]
        .map((tally) => ({
          key: tally.key,
          entityType: tally.entityType,
          label: canonicalLabel(tally),
          aliases: [...tally.aliases].sort(),
          mentions: tally.named + tally.references,
          namedMentions: tally.named,
          documents: tally.docs.size,
          quotes: tally.quotes,
          firstDate: tally.firstDate,
          lastDate: tally.lastDate,
        }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return { entities, remap: (key) => merges.get(key) ?? key };
    },
  };
}

/** Merges per-article extractions into corpus entities (see Resolution). */
export async function resolve(
  docs: Iterable<DocExtraction> | AsyncIterable<DocExtraction>,
  options: ResolveOptions = {},
): Promise<Resolution> {
  const resolver = createResolver(options);
  for await (const doc of docs) resolver.add(doc);
  return resolver.finish();
}
