/**
 * Titles and the words that stand around a person's name, lower case. Extract (mention rules,
 * quote clauses and speakers) and resolve (name forms) read these lists; each derives the
 * narrower list it needs here, with the reason beside it, instead of writing its own.
 */

/** Courtesy titles: say nothing about what the person does, so they are stripped and never kept as a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "messrs", "mmes", "sir", "dame", "dr", "prof", "rev", "st", "lord", "lady"]);

/** Titles news writes abbreviated with a dot before a name ("Sen. Roe", "Gen. Doe"): the dot ends no sentence. */
export const TITLE_ABBREVIATIONS: readonly string[] = ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev"];

/** Rarer abbreviated titles the mention finder also joins to a name ("Atty. Gen.", "Det. Roe"). */
export const RARE_TITLE_ABBREVIATIONS: readonly string[] = ["atty", "maj", "adm", "cmdr", "supt", "insp", "det", "hon"];

/** Generational suffixes after a name ("John Roe Jr."); "jr" and "sr" are written with a dot. */
export const GENERATIONAL: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** The generational suffixes written abbreviated with a dot; the dot may end a sentence ("said John Roe Jr."). */
export const SUFFIX_ABBREVIATIONS: readonly string[] = ["jr", "sr"];

/**
 * Roles that name the leader of a state or government: "the Russian leader" may be its
 * president, and a head-of-state word in a quote attribution matches any of them.
 */
export const LEADER_ROLES: ReadonlySet<string> = new Set(["president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "leader", "head of state", "emir", "sultan"]);

/** "Mr" → "Mr": the capitalised form text writes, for patterns over raw text. */
export function capitalised(word: string): string {
  return word.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}
