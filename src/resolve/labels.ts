import { keyId } from "../extract/keys.js";
import type { EntityType } from "../extract/types.js";
import { COUNTRY_NAMES } from "../lexicon/countries.js";
import { nameWords, organizationForm, personForm, personName } from "./names.js";
import type { Tally } from "./tally.js";

function words(label: string): number {
  return label.trim().split(/\s+/).length;
}

/** Written without title, descriptor, "The" or corporate suffix: "Jane Roe", not "Sen. Jane Roe". */
function isCleanName(label: string, entityType: EntityType): boolean {
  if (entityType === "country") return true;
  if (/^the\s/i.test(label.trim())) return false;
  if (entityType === "organization") {
    const words = nameWords(label, "organization");
    return organizationForm(words) === words.join(" ");
  }
  const words = nameWords(label, "person");
  const name = personName(words);
  return name !== null && ("bare" in name ? 1 : personForm(name).split(" ").length) === words.length;
}

/**
 * The name a reader expects: the gazetteer's common name for a country ("United States", not
 * "U.S."); otherwise the label most articles used, preferring full forms (a person's "Vladimir
 * Putin" over a surname-only article's "Putin") written without titles or suffixes, then the
 * shorter, then the alphabetically first.
 */
export function canonicalLabel(tally: Tally, entityType: EntityType): string {
  if (entityType === "country") {
    const name = COUNTRY_NAMES.get(keyId(tally.key).toUpperCase());
    if (name) return name;
  }
  const candidates = tally.labelVotes.size > 0 ? [...tally.labelVotes] : [...tally.aliases].map((a) => [a, 0] as const);
  if (candidates.length === 0) return keyId(tally.key);
  const full = (label: string) => (entityType === "person" && words(label) > 1 ? 1 : 0);
  const clean = (label: string) => (isCleanName(label, entityType) ? 1 : 0);
  // An organization's long name wins a tie with its initials ("Hewlett-Packard" over "HP").
  const long = (label: string) => (entityType === "organization" && nameWords(label, "organization").length > 1 ? 1 : 0);
  candidates.sort(
    ([a, va], [b, vb]) =>
      full(b) - full(a) ||
      clean(b) - clean(a) ||
      vb - va ||
      long(b) - long(a) ||
      a.length - b.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return candidates[0]![0];
}

/**
 * Aliases without the full names of other people of the corpus: one article's coreference slip
 * (a headline read as one name that also names a rival) should not list the rival as an alias.
 * A full name two people share is nobody's to take away.
 */
export function withoutOthersNames<E extends { key: string; entityType: EntityType; label: string; aliases: string[] }>(entities: E[]): E[] {
  const owner = new Map<string, string | null>();
  for (const entity of entities) {
    if (entity.entityType !== "person" || words(entity.label) < 2) continue;
    const form = nameWords(entity.label, "person").join(" ");
    owner.set(form, owner.has(form) ? null : entity.key);
  }
  return entities.map((entity) => {
    const aliases = entity.aliases.filter((alias) => {
      const who = owner.get(nameWords(alias, "person").join(" "));
      return who === undefined || who === null || who === entity.key;
    });
    return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
  });
}
