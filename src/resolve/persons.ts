import type { EntityKey } from "../extract/types.js";
import type { Clusters } from "./clusters.js";
import { compatible, nameWords, personForm, personName, type PersonName } from "./names.js";
import type { RuleId } from "./rules.js";
import { bestLabel, type ClusterSummary } from "./summary.js";
import type { BarePart } from "./tally.js";

/** Full-named people of the corpus by surname: the block every comparison of people stays inside. */
export function peopleBySurname(summaries: Map<EntityKey, ClusterSummary>): Map<string, Array<{ root: EntityKey; name: PersonName }>> {
  const out = new Map<string, Array<{ root: EntityKey; name: PersonName }>>();
  for (const summary of summaries.values()) {
    if (summary.entityType !== "person") continue;
    const label = bestLabel(summary.representative);
    const name = label ? personName(nameWords(label, "person")) : null;
    if (!name || "bare" in name) continue;
    const block = out.get(name.last);
    if (block) block.push({ root: summary.root, name });
    else out.set(name.last, [{ root: summary.root, name }]);
  }
  return out;
}

/** A fragment is rare and its person common: at most this many articles, and this many times fewer. */
const FRAGMENT_DOCS = 2;
const FRAGMENT_RATIO = 5;

/**
 * Rule headline-fragment: "Jane Roe Wins Vote Again" (a headline read as one name) joins "Jane
 * Roe" when the fragment comes from at most two articles and Jane Roe from five times as many;
 * from four words on, the person may stand anywhere in it, if it names only one such person.
 * A three-word name joins only when it starts with the person and its last word looks like a
 * verb ("Jane Roe Speaks", "… Accused"), so that a real name extending a known one ("Mary Ann
 * Roe") keeps its node.
 */
export function unionFragments(summaries: Map<EntityKey, ClusterSummary>, clusters: Clusters): void {
  const byForm = new Map<string, ClusterSummary>();
  const long: Array<[ClusterSummary, string[]]> = [];
  for (const summary of summaries.values()) {
    if (summary.entityType !== "person") continue;
    const label = bestLabel(summary.representative);
    const name = label ? personName(nameWords(label, "person")) : null;
    // "Martin Luther King Jr." is a name, not a headline.
    if (!name || "bare" in name || name.suffix) continue;
    const words = personForm(name).split(" ");
    if (words.length === 2) byForm.set(words.join(" "), summary);
    if (words.length >= 3 && summary.tally.docs.size <= FRAGMENT_DOCS) long.push([summary, words]);
  }
  const frequent = (person: ClusterSummary | undefined, fragment: ClusterSummary) =>
    person !== undefined && person.tally.docs.size >= FRAGMENT_RATIO * fragment.tally.docs.size;
  for (const [fragment, words] of long) {
    if (words.length === 3) {
      const person = byForm.get(words.slice(0, 2).join(" "));
      if (/(?:s|ed|ing)$/.test(words[2]!) && frequent(person, fragment)) clusters.union(fragment.root, person!.root, "headline-fragment");
      continue;
    }
    // Four words or more: the person it starts with (the headline's subject), else the one
    // frequent person named anywhere in it ("Senators Praise Jane Roe Plan").
    const subject = byForm.get(words.slice(0, 2).join(" "));
    if (frequent(subject, fragment)) {
      clusters.union(fragment.root, subject!.root, "headline-fragment");
      continue;
    }
    const named = new Set<ClusterSummary>();
    for (let i = 0; i + 1 < words.length; i++) {
      const person = byForm.get(`${words[i]} ${words[i + 1]}`);
      if (frequent(person, fragment)) named.add(person!);
    }
    if (named.size === 1) clusters.union(fragment.root, [...named][0]!.root, "headline-fragment");
  }
}

/**
 * Rule middle-name: two people of one surname block are one when their names are compatible
 * and neither fits anybody else who is not compatible with the other. "George Bush" fits both
 * "George W. Bush" and "George H. W. Bush", who are not one another, so it joins neither.
 */
export function unionVariants(
  summaries: Map<EntityKey, ClusterSummary>,
  clusters: Clusters,
  maxBlock: number,
): Array<{ root: EntityKey; fits: EntityKey[] }> {
  const ambiguous: Array<{ root: EntityKey; fits: EntityKey[] }> = [];
  for (const block of peopleBySurname(summaries).values()) {
    if (block.length < 2 || block.length > maxBlock) continue;
    const fits = block.map((a) => block.filter((b) => b !== a && compatible(a.name, b.name)));
    const consistent = fits.map((list) => list.every((b, i) => list.every((c, j) => j <= i || compatible(b.name, c.name))));
    block.forEach((a, i) => {
      if (!consistent[i] && fits[i]!.length > 1) ambiguous.push({ root: a.root, fits: fits[i]!.map((b) => b.root) });
      if (!consistent[i]) return;
      for (const b of fits[i]!) if (consistent[block.indexOf(b)]) clusters.union(a.root, b.root, "middle-name");
    });
  }
  return ambiguous;
}

/** Where one article's bare surname goes: a cluster root, or null to keep it apart. */
export interface BareChoice {
  into: EntityKey | null;
  rule: RuleId;
  /** For a kept-apart surname, the people it could have been. */
  candidates: EntityKey[];
}

/**
 * The ambiguity rule for a bare surname in one article ("Clinton said", the full name nowhere in
 * it): one person of that surname in the corpus takes it; else the one its article names (by
 * any of that person's keys), or gives a role the article gives it too; else the person with
 * most of the surname's mentions when that share is at least `dominantShare`; else it is kept
 * apart. Never both: each article's surname goes to one person or to none.
 */
export function chooseForBare(
  part: BarePart,
  candidates: ClusterSummary[],
  rootOf: (key: EntityKey) => EntityKey,
  dominantShare: number,
): BareChoice {
  const roots = candidates.map((c) => c.root);
  if (candidates.length === 0) return { into: null, rule: "surname-ambiguous", candidates: [] };
  const context = new Set(part.context.map(rootOf));
  const named = candidates.filter((c) => context.has(c.root));
  if (named.length > 1) return { into: null, rule: "surname-both-named", candidates: named.map((c) => c.root) };
  if (named.length === 1) return { into: named[0]!.root, rule: "surname-named", candidates: roots };
  if (candidates.length === 1) return { into: candidates[0]!.root, rule: "surname-unique", candidates: roots };
  const byRole = part.roles.length === 0 ? [] : candidates.filter((c) => part.roles.some((role) => c.tally.roles.has(role)));
  if (byRole.length === 1) return { into: byRole[0]!.root, rule: "surname-role", candidates: roots };
  const total = candidates.reduce((sum, c) => sum + c.tally.named, 0);
  const top = candidates.reduce((a, b) => (b.tally.named > a.tally.named ? b : a));
  if (total > 0 && top.tally.named >= dominantShare * total) return { into: top.root, rule: "surname-dominant", candidates: roots };
  return { into: null, rule: "surname-ambiguous", candidates: roots };
}
