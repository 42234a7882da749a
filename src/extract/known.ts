import nlp from "compromise";

// compromise's own lexicon: what the word is known as before any guessing from context.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const PLACE = new Set(["Place", "City", "Region", "Country", "Address"]);
const NAME = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);

function tagsOf(norm: string): string[] {
  const entry = LEXICON[norm];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** compromise knows the word as a place ("europe", "london") and not as a name. */
export function knownPlace(norm: string): boolean {
  const tags = tagsOf(norm);
  return tags.some((t) => PLACE.has(t)) && !tags.some((t) => NAME.has(t));
}

/** compromise knows the word as a person's name ("antony", "smith"). */
export function knownName(norm: string): boolean {
  return tagsOf(norm).some((t) => NAME.has(t));
}

/** compromise knows the word as an organization ("microsoft", "nato"). */
export function knownOrganization(norm: string): boolean {
  return tagsOf(norm).some((t) => t === "Organization" || t === "Company" || t === "SportsTeam");
}
