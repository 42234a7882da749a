import type { EntityKey } from "../extract/types.js";
import type { Clusters } from "./clusters.js";
import { initials, nameWords, organizationForm } from "./names.js";
import { bestLabel, type ClusterSummary } from "./summary.js";

/** A short name written as one: "AMD", "H-P", "F.B.I." (2 to 6 letters, upper case or dotted). */
function acronymOf(summary: ClusterSummary): string | null {
  const label = bestLabel(summary.representative);
  if (!label) return null;
  const words = nameWords(label, "organization");
  if (words.length !== 1 || !/^\p{L}{2,6}$/u.test(words[0]!)) return null;
  const written = [...summary.tally.aliases, label].some((alias) => /^(?:\p{Lu}[.-]?){2,6}$/u.test(alias.trim()));
  return written ? words[0]! : null;
}

/** Some article names both: initials alone are weak ("OSU" is more than one university), initials in one article are not. */
function together(a: ClusterSummary, b: ClusterSummary): boolean {
  const [small, large] = a.tally.docs.size <= b.tally.docs.size ? [a, b] : [b, a];
  for (const doc of small.tally.docs) if (large.tally.docs.has(doc)) return true;
  return false;
}

function push(index: Map<string, EntityKey[]>, form: string, root: EntityKey): void {
  const roots = index.get(form);
  if (!roots) index.set(form, [root]);
  else if (!roots.includes(root)) roots.push(root);
}

/**
 * Short organization names joined to the long one they stand for, strongest evidence first:
 * acronym-defined (an article wrote "Long Name (LN)"), alias-shared (articles gave exactly one
 * long-named organization that alias), acronym-initials (exactly one long-named organization
 * has those initials, and some article names both). Several candidates and no definition: kept apart (acronym-ambiguous).
 */
export function unionAcronyms(
  summaries: Map<EntityKey, ClusterSummary>,
  clusters: Clusters,
  maxBlock: number,
): Array<{ root: EntityKey; fits: EntityKey[] }> {
  const byInitials = new Map<string, EntityKey[]>();
  const byAlias = new Map<string, EntityKey[]>();
  const short: Array<[ClusterSummary, string]> = [];
  for (const summary of summaries.values()) {
    if (summary.entityType !== "organization") continue;
    const acronym = acronymOf(summary);
    if (acronym) {
      short.push([summary, acronym]);
      continue;
    }
    const label = bestLabel(summary.representative);
    if (!label) continue;
    const form = organizationForm(nameWords(label, "organization"));
    if (!form.includes(" ")) continue;
    const letters = initials(form);
    if (letters) push(byInitials, letters, summary.root);
    for (const alias of summary.tally.aliases) {
      if (/^(?:\p{Lu}[.-]?){2,6}$/u.test(alias.trim())) push(byAlias, nameWords(alias, "organization").join(""), summary.root);
    }
  }
  const ambiguous: Array<{ root: EntityKey; fits: EntityKey[] }> = [];
  for (const [summary, acronym] of short) {
    let defined: EntityKey | null = null;
    let most = 0;
    const counts = new Map<EntityKey, number>();
    for (const [long, n] of summary.tally.definedAs) {
      // A definition by a name that did not become a cluster (a bare surname) is no evidence here.
      if (!clusters.has(long)) continue;
      const root = clusters.find(long);
      if (root === summary.root) continue;
      counts.set(root, (counts.get(root) ?? 0) + n);
      if (counts.get(root)! > most) [defined, most] = [root, counts.get(root)!];
    }
    if (defined !== null) {
      clusters.union(summary.root, defined, "acronym-defined");
      continue;
    }
    const aliased = byAlias.get(acronym) ?? [];
    // An alias is one article's reading: it speaks for the long name only when that name is at
    // least as common as the short one, or spells it ("NYC" is not the Harvard Club of NYC).
    const long = aliased.length === 1 ? summaries.get(aliased[0]!)! : null;
    const spells = (s: ClusterSummary) => initials(organizationForm(nameWords(bestLabel(s.representative) ?? "", "organization"))) === acronym;
    if (long && (long.tally.docs.size >= summary.tally.docs.size || spells(long))) {
      clusters.union(summary.root, aliased[0]!, "alias-shared");
      continue;
    }
    const spelled = byInitials.get(acronym) ?? [];
    if (spelled.length === 1 && together(summary, summaries.get(spelled[0]!)!)) clusters.union(summary.root, spelled[0]!, "acronym-initials");
    else if (spelled.length > 1 && spelled.length <= maxBlock) ambiguous.push({ root: summary.root, fits: spelled });
  }
  return ambiguous;
}
