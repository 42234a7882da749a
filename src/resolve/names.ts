import { DEMONYM_CODES } from "../lexicon/countries.js";
import { CORPORATE_SUFFIXES } from "../lexicon/organizations.js";
import { GENERATIONAL, HONORIFICS, RARE_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../lexicon/titles.js";

/**
 * Names reduced to what identifies the actor, so that the forms articles write compare equal:
 * case, accents, punctuation, hyphens, a leading "The" and a possessive never matter; corporate
 * suffixes do not for an organization; titles and descriptors ("Sen.", "Republican", "Texan")
 * do not for a person, whose name is kept as first / middles / last / generational suffix.
 */

/** Words before a person's name that say what they are, not who: titles, offices, parties, plural forms. */
const PERSON_DESCRIPTORS = new Set([
  ...HONORIFICS, ...TITLE_ABBREVIATIONS, ...RARE_TITLE_ABBREVIATIONS, "professor",
  "senator", "senators", "reps", "representative", "congressman", "congresswoman", "governor",
  "president", "presidents", "vice", "prime", "minister", "secretary", "chancellor", "mayor", "judge", "justice",
  "general", "colonel", "captain", "admiral", "major",
  "king", "queen", "prince", "princess", "pope", "ambassador", "chairman", "chairwoman", "chief", "speaker",
  "candidate", "nominee", "presidential", "former", "ex", "late", "then", "frontrunner", "front", "runner",
  "republican", "republicans", "democrat", "democrats", "democratic", "gop", "independent", "libertarian",
  "conservative", "liberal", "progressive", "socialist", "billionaire", "businessman", "businesswoman", "mogul",
  "first", "deputy", "assistant", "attorney", "house", "senate", "majority", "minority", "leader", "whip", "press",
  "spokesman", "spokeswoman", "spokesperson", "anchor", "host", "columnist", "commentator", "strategist", "adviser",
  "advisor", "aide", "analyst", "pollster", "economist", "lawyer", "founder", "executive", "ceo", "director", "manager",
  "coach", "sheriff", "officer", "detective", "pastor", "bishop", "cardinal", "rabbi", "imam", "activist", "author",
  // Words a sentence may start with that a finder can take into a name ("But Smith said").
  "but", "and", "or", "if", "that", "this", "when", "while", "as", "so", "then", "despite", "is", "was", "says", "said",
  "after", "before", "with", "for", "from", "by", "to", "of", "in", "on", "at", "why", "how", "what", "where", "who",
  "can", "could", "should", "would", "must", "might", "still", "unlike", "like", "some", "even", "also", "only", "just",
  "now", "because", "although", "though", "since", "unless", "whether", "about", "against", "under", "over", "than",
  "all", "every", "each", "both", "another", "other", "does", "did", "has", "had", "not", "no",
]);

/** Demonyms of every country and of common sub-national places ("Texan Jane Roe" is Jane Roe). */
const DEMONYMS = new Set<string>([
  "texan", "californian", "floridian", "vermonter", "new yorker", "ohioan", "virginian", "georgian", "iowan",
  "bostonian", "chicagoan", "londoner", "parisian", "quebecer", "scot", "welsh",
  ...DEMONYM_CODES.keys(),
]);

/** Common English short forms of given names: general, not about anyone in particular. */
const NICKNAMES: Record<string, string> = {
  bill: "william", billy: "william", will: "william", bob: "robert", bobby: "robert", rob: "robert", jim: "james",
  jimmy: "james", mike: "michael", joe: "joseph", chris: "christopher", tom: "thomas", tommy: "thomas",
  dick: "richard", rick: "richard", dan: "daniel", danny: "daniel", dave: "david", steve: "stephen", steven: "stephen",
  tony: "anthony", ben: "benjamin", nick: "nicholas", pat: "patrick", sam: "samuel", ed: "edward", ted: "edward",
  liz: "elizabeth", beth: "elizabeth", kate: "katherine", katie: "katherine", cathy: "catherine", matt: "matthew",
  andy: "andrew", alex: "alexander", greg: "gregory", jeff: "jeffrey", fred: "frederick", larry: "lawrence",
  ron: "ronald", don: "donald", ken: "kenneth", chuck: "charles", charlie: "charles", jack: "john", johnny: "john",
  jon: "jonathan", sue: "susan", jen: "jennifer", jenny: "jennifer", peggy: "margaret", maggie: "margaret",
};

/**
 * Lower-case words of a name: accents, possessive, punctuation gone, a leading "the" dropped.
 * Hyphens split an organization's words ("Hewlett-Packard") but not a person's ("Jean-Pierre"
 * is one surname, and "Pierre" alone is not it).
 */
export function nameWords(name: string, type: "person" | "organization"): string[] {
  const split = type === "person" ? /[^\p{L}\p{N}-]+/u : /[^\p{L}\p{N}]+/u;
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/&/g, " and ")
    // "H-P", "U.S.", "F.B.I.": single letters joined by dots or hyphens are one word.
    .replace(/\b(\p{L})(?:[.-](?=\p{L}\b))/gu, "$1")
    .replace(/['’`.]/g, "")
    .split(split)
    .map((word) => word.replace(/^-+|-+$/g, ""))
    .filter(Boolean);
  if (words.length > 1 && words[0] === "the") words.shift();
  return words;
}

/** An organization's name without corporate suffixes ("Hewlett-Packard Co." → "hewlett packard"). */
export function organizationForm(words: string[]): string {
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1]!)) end -= 1;
  return words.slice(0, end).join(" ");
}

/** Initials of an organization's words, function words skipped: "advanced micro devices" → "amd". */
export function initials(form: string): string {
  const words = form.split(" ").filter((w) => !["of", "and", "the", "for", "de", "in", "on"].includes(w));
  return words.length < 2 ? "" : words.map((w) => w[0]).join("");
}

export interface PersonName {
  first: string;
  middles: string[];
  last: string;
  /** "jr", "iii"…; "sr" counts as none: the father is named without it too. */
  suffix: string;
}

/** A person's name after titles and descriptors: one word ("Smith") is a bare surname, null if nothing is left. */
export function personName(words: string[]): PersonName | { bare: string } | null {
  let start = 0;
  while (start < words.length - 1 && (PERSON_DESCRIPTORS.has(words[start]!) || DEMONYMS.has(words[start]!))) start += 1;
  const rest = words.slice(start);
  let suffix = "";
  if (rest.length > 2 && GENERATIONAL.has(rest[rest.length - 1]!)) suffix = rest.pop()!;
  if (suffix === "sr") suffix = "";
  // "Alito Jr.", "Donald Jr.": one name and a suffix say too little to compare (not a person surnamed "Jr").
  if (rest.length === 0 || (rest.length === 2 && GENERATIONAL.has(rest[1]!))) return null;
  if (rest.length === 1) return { bare: rest[0]! };
  return { first: rest[0]!, middles: rest.slice(1, -1), last: rest[rest.length - 1]!, suffix };
}

/** "donald j trump jr": the form two articles must share to name a person the same way. */
export function personForm(name: PersonName): string {
  return [name.first, ...name.middles, name.last, name.suffix].filter(Boolean).join(" ");
}

/** A name's given name is an initial while a middle name is written out ("C. Rick Martin" goes by Rick). */
function goesByMiddle(name: PersonName): boolean {
  return name.first.length === 1 && name.middles.some((m) => m.length > 1);
}

function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return (NICKNAMES[a] ?? a) === (NICKNAMES[b] ?? b);
}

/**
 * Could both names be one person? Same surname and generational suffix, given names equal, an
 * initial of one another or a short form ("Bill" / "William"), middle names agreeing where both
 * give one: "Donald J. Trump" ~ "Donald Trump", but "George W. Bush" ≁ "George H. W. Bush".
 */
export function compatible(a: PersonName, b: PersonName): boolean {
  // A one-letter "surname" is an initial of a name cut short ("George H. W."): nothing to compare.
  if (a.last.length < 2 || a.last !== b.last || a.suffix !== b.suffix || !sameGiven(a.first, b.first)) return false;
  if ((goesByMiddle(a) && b.first.length > 1) || (goesByMiddle(b) && a.first.length > 1)) return false;
  const n = Math.min(a.middles.length, b.middles.length);
  for (let i = 0; i < n; i++) if (!sameGiven(a.middles[i]!, b.middles[i]!)) return false;
  return true;
}
