import { withType } from "../extract/keys.js";
import type { DocExtraction, EntityKey } from "../extract/types.js";
import { unionAcronyms } from "./acronyms.js";
import { Clusters } from "./clusters.js";
import { DecisionLog } from "./decisions.js";
import { RESOLVE_DEFAULTS } from "./defaults.js";
import { unionForms } from "./forms.js";
import { canonicalLabel, withoutOthersNames } from "./labels.js";
import { chooseForBare, peopleBySurname, unionFragments, unionVariants } from "./persons.js";
import type { RuleId } from "./rules.js";
import { bestLabel, summarise } from "./summary.js";
import {
  addPart,
  bareSurname,
  CONTEXT_LIMIT,
  definitionsOf,
  emptyTally,
  majorityType,
  partsOf,
  type BarePart,
  type Part,
  type Tally,
} from "./tally.js";
import type { CorpusEntity, Resolution, ResolveOptions } from "./types.js";

export type { CorpusEntity, Decision, Resolution, ResolveOptions, RuleId } from "./types.js";
export { RULES } from "./rules.js";
export { remapExtraction } from "./remap.js";
export { explainEntities } from "./explain.js";

export interface Resolver {
  add(doc: DocExtraction): void;
  finish(): Resolution;
}

/**
 * The streaming form of resolve: the build feeds it each article's extraction as it is made,
 * so the corpus never has to sit in memory (per key it keeps counts; per bare surname, which
 * has to be decided article by article, its article's keys). `finish` merges and names.
 */
export function createResolver(options: ResolveOptions = {}): Resolver {
  const settings = { ...RESOLVE_DEFAULTS, ...options };
  const tallies = new Map<EntityKey, Tally>();
  const bare = new Map<EntityKey, BarePart[]>();
  let ordinal = 0;
  let finished = false;

  function add(doc: DocExtraction): void {
    if (finished) throw new Error("newsgraph/resolve: add() called after finish()");
    const at = { ordinal: ordinal++, id: doc.id, date: doc.date };
    const parts = partsOf(doc);
    const bareParts: Part[] = [];
    // The article's full-named keys, as the tallies' own strings: a bare surname keeps them as
    // evidence, and 100,000 articles' copies of the same keys would not fit in memory.
    const context: EntityKey[] = [];
    for (const part of parts.values()) {
      if (bareSurname(part) !== null) {
        bareParts.push(part);
        continue;
      }
      let tally = tallies.get(part.key);
      if (!tally) tallies.set(part.key, (tally = emptyTally(part.key)));
      addPart(tally, part, at);
      if (context.length < CONTEXT_LIMIT) context.push(tally.key);
    }
    for (const part of bareParts) {
      const list = bare.get(part.key) ?? [];
      list.push({ ...part, doc: doc.id, ordinal: at.ordinal, date: doc.date, context });
      bare.set(part.key, list);
    }
    for (const { short, long } of definitionsOf(doc)) {
      const tally = tallies.get(short);
      if (tally) tally.definedAs.set(long, (tally.definedAs.get(long) ?? 0) + 1);
    }
  }

  function finish(): Resolution {
    finished = true;
    // A key some article wrote in full and another as one word is one key: the full form rules.
    for (const [key, parts] of bare) {
      const tally = tallies.get(key);
      if (!tally) continue;
      for (const part of parts) addPart(tally, part, { ordinal: part.ordinal, id: part.doc, date: part.date });
      bare.delete(key);
    }
    const clusters = new Clusters();
    for (const key of tallies.keys()) clusters.add(key);
    unionForms(tallies, clusters);
    unionFragments(summarise(clusters, tallies), clusters);
    const nameAmbiguous = unionVariants(summarise(clusters, tallies), clusters, settings.maxBlock);
    const acronymAmbiguous = unionAcronyms(summarise(clusters, tallies), clusters, settings.maxBlock);
    const summaries = summarise(clusters, tallies);

    // Bare surnames, article by article.
    const bySurname = peopleBySurname(summaries);
    const rootOf = (key: EntityKey) => (clusters.has(key) ? clusters.find(key) : key);
    const attached = new Map<EntityKey, BarePart[]>();
    const apart = new Map<string, BarePart[]>();
    const bareChoices: Array<{ part: BarePart; into: EntityKey | null; rule: RuleId; candidates: EntityKey[] }> = [];
    for (const parts of bare.values()) {
      for (const part of parts) {
        const surname = bareSurname(part)!;
        const candidates = (bySurname.get(surname) ?? []).map(({ root }) => summaries.get(root)!);
        const choice = settings.mergeSurnames
          ? chooseForBare(part, candidates, rootOf, settings.dominantShare)
          : { into: null, rule: "surname-ambiguous" as const, candidates: [] };
        const [map, id] = choice.into !== null ? [attached, choice.into] : [apart, surname];
        const list = map.get(id);
        if (list) list.push(part);
        else map.set(id, [part]);
        if (settings.mergeSurnames && candidates.length > 0) bareChoices.push({ part, ...choice });
      }
    }

    // Final tallies and keys: a cluster's key is its representative's, under the majority type,
    // unless that would take a key some other actor already answers to.
    interface Final {
      tally: Tally;
      members: EntityKey[];
      own: EntityKey;
      key: EntityKey;
    }
    const finals = new Map<EntityKey, Final>();
    const claimed = new Set<EntityKey>();
    for (const summary of summaries.values()) {
      const tally = summary.tally;
      for (const part of attached.get(summary.root) ?? []) addPart(tally, part, { ordinal: part.ordinal, id: part.doc, date: part.date });
      const members = [...summary.members, ...new Set((attached.get(summary.root) ?? []).map((p) => p.key))];
      // The key follows the name the node is shown by, so label and key tell the same story.
      const label = canonicalLabel(tally, majorityType(tally.typeVotes));
      const own = summary.members.find((key) => bestLabel(tallies.get(key)!) === label) ?? summary.representative.key;
      finals.set(summary.root, { tally, members, own, key: own });
      claimed.add(own);
    }
    for (const [surname, parts] of apart) {
      const counts = new Map<EntityKey, number>();
      for (const part of parts) counts.set(part.key, (counts.get(part.key) ?? 0) + 1);
      const own = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
      const tally = emptyTally(own);
      for (const part of parts) addPart(tally, part, { ordinal: part.ordinal, id: part.doc, date: part.date });
      finals.set(`bare:${surname}`, { tally, members: [...counts.keys()], own, key: own });
      claimed.add(own);
    }
    const everyKey = new Set<EntityKey>([...tallies.keys(), ...bare.keys()]);
    for (const final of finals.values()) {
      const retyped = withType(final.own, majorityType(final.tally.typeVotes));
      const free = !claimed.has(retyped) && (!everyKey.has(retyped) || final.members.includes(retyped));
      if (retyped !== final.own && free) {
        claimed.add(retyped);
        final.key = retyped;
      }
    }

    // Remapping: corpus-wide per key; per article where a bare surname went elsewhere.
    const global = new Map<EntityKey, EntityKey>();
    for (const [root, final] of finals) {
      if (!root.startsWith("bare:")) for (const member of summaries.get(root)!.members) global.set(member, final.key);
    }
    for (const [surname, parts] of apart) for (const part of parts) global.set(part.key, finals.get(`bare:${surname}`)!.key);
    const targets = new Map<EntityKey, Map<EntityKey, number>>();
    for (const [root, parts] of attached) {
      for (const part of parts) {
        const counts = targets.get(part.key) ?? new Map<EntityKey, number>();
        counts.set(root, (counts.get(root) ?? 0) + 1);
        targets.set(part.key, counts);
      }
    }
    for (const [key, counts] of targets) {
      if (global.has(key)) continue;
      const root = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
      global.set(key, finals.get(root)!.key);
    }
    for (const final of finals.values()) global.set(final.key, final.key);
    const perArticle = new Map<string, Map<EntityKey, EntityKey>>();
    const finalOfBare = (part: BarePart, into: EntityKey | null) =>
      into === null ? finals.get(`bare:${bareSurname(part)!}`)!.key : finals.get(into)!.key;
    for (const [root, parts] of attached) {
      for (const part of parts) {
        const key = finals.get(root)!.key;
        if (global.get(part.key) === key) continue;
        const overrides = perArticle.get(part.doc) ?? new Map<EntityKey, EntityKey>();
        overrides.set(part.key, key);
        perArticle.set(part.doc, overrides);
      }
    }

    // Decisions, filed under the final entity they concern.
    const log = new DecisionLog();
    const finalOf = (key: EntityKey) => global.get(key) ?? key;
    for (const union of clusters.unions) {
      const from = tallies.get(union.from)!;
      log.note(finalOf(union.from), union.rule, "merged", [union.from, union.into], from.docs.size, from.examples);
    }
    for (const { root, fits } of [...nameAmbiguous, ...acronymAmbiguous]) {
      const rule: RuleId = nameAmbiguous.some((a) => a.root === root) ? "name-ambiguous" : "acronym-ambiguous";
      const them = [...new Set(fits.map((k) => finals.get(clusters.find(k))!.key))];
      const self = finals.get(clusters.find(root))!;
      if (them.every((k) => k === self.key)) continue;
      log.note(self.key, rule, "kept apart", [self.key, ...them], self.tally.docs.size, self.tally.examples);
      for (const k of them) log.note(k, rule, "kept apart", [self.key, ...them], self.tally.docs.size, self.tally.examples);
    }
    for (const { part, into, rule, candidates } of bareChoices) {
      const target = finalOfBare(part, into);
      if (into !== null) log.note(target, rule, "merged", [part.key], 1, [part.doc]);
      else {
        const them = [...new Set(candidates.map((root) => finals.get(root)!.key))];
        log.note(target, rule, "kept apart", [part.key, ...them], 1, [part.doc]);
        for (const k of them) log.note(k, rule, "kept apart", [part.key, ...them], 1, [part.doc]);
      }
    }

    const entities: CorpusEntity[] = withoutOthersNames([...finals.values()]
      .map(({ tally, members, key }) => {
        const entityType = majorityType(tally.typeVotes);
        return {
          key,
          entityType,
          label: canonicalLabel({ ...tally, key }, entityType),
          aliases: [...tally.aliases].sort(),
          mentions: tally.named + tally.references,
          namedMentions: tally.named,
          documents: tally.docs.size,
          quotes: tally.quotes,
          firstDate: tally.firstDate,
          lastDate: tally.lastDate,
          members: [...new Set(members)].sort(),
          decisions: log.of(key),
          rules: Object.fromEntries([...tally.rules].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))),
        };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
    return {
      entities,
      remap: (key, article) => (article === undefined ? undefined : perArticle.get(article)?.get(key)) ?? global.get(key) ?? key,
    };
  }

  return { add, finish };
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
