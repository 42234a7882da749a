import { LEADER_ROLES } from "../../lexicon/titles.js";

/** Every tunable of the quotation finder, with its default, in one place. */
export interface QuoteOptions {
  /** Verbs and phrases that attribute a quote, all inflections listed (matched lowercase, whole words). */
  cues: readonly string[];
  /** Longest stretch after a closing mark searched for "X said" / "said X". */
  maxTrailChars: number;
  /** Most words allowed between the closing mark and the cue in "…," the Russian foreign minister said. */
  maxSpeakerWords: number;
  /** How far into a sentence its subject may start ("White House spokeswoman Karine Jean-Pierre"). */
  maxSubjectWords: number;
  /** Longest stretch before a quote searched for its sentence's cue and subject (a sentence, or an introduction). */
  maxLookBackChars: number;
  /** How far back "he"/"she" and a role look for the person meant: a window, so that a long article stays linear. */
  maxContextChars: number;
  /** Single quotes are often apostrophes; a single-quoted span longer than this is not believed. */
  maxSingleQuoteChars: number;
  /** Words after an apostrophe that make it an elision ('em, 'n', '90s), never an opening quote. */
  elisions: readonly string[];
  /** Nouns that stand for a head of state or government in "the Russian leader said". */
  leaderRoles: readonly string[];
}

export const defaults: QuoteOptions = {
  cues: [
    // Longest first where one contains another: "was quoted as saying" before "saying".
    // Base forms that are mostly nouns in news ("a claim", "the state", "comments") are left out.
    "was quoted as saying", "were quoted as saying", "is quoted as saying", "are quoted as saying",
    "according to", "in the words of", "pointed out", "went on",
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "add", "adds", "added", "adding",
    "warn", "warns", "warned", "warning",
    "stated", "stating",
    "notes", "noted", "noting",
    "explain", "explains", "explained", "explaining",
    "insist", "insists", "insisted", "insisting",
    "declare", "declares", "declared", "declaring",
    "claims", "claimed", "claiming",
    "argue", "argues", "argued", "arguing",
    "ask", "asks", "asked", "asking",
    "write", "writes", "wrote", "writing",
    "tweeted", "tweeting",
    "posted",
    "announce", "announces", "announced", "announcing",
    "urge", "urges", "urged", "urging",
    "called", "calling",
    "describe", "describes", "described", "describing",
    "commented", "remarked", "termed",
    "replied", "replies", "responded", "responds", "answered", "answers", "inquired",
    "continued", "continues", "concluded", "concludes", "recalled", "recalls", "reminisced", "reminisces", "admitted", "acknowledged", "confirmed",
    "stressed", "stresses", "emphasized", "emphasised", "observed", "observes", "suggested", "suggests", "predicted", "predicts",
    "promised", "promising", "vowed", "vowing", "pledged", "pledging", "demanded", "complained", "cautioned", "reiterated",
    "joked", "jokes", "quipped", "conceded", "concedes", "admits", "boasted", "contended", "maintained", "asserted",
    "affirmed", "exclaimed", "shouted", "mused", "countered", "denied",
    "testified", "recounted", "confessed", "disclosed", "revealed", "elaborated", "wondered",
    "objected", "protested", "lamented", "reasoned", "laughed", "sighed", "whispered", "cried",
    "snapped", "muttered",
    // Verbs of news attribution beyond "say": a body reports, a speaker proclaims, charges, fires back.
    "reported", "reports", "reporting", "proclaimed", "proclaims", "beamed", "indicated", "indicates",
    "accused", "accuses", "accusing", "charged", "retorted", "barked", "shot back", "fired back", "put it",
    "chimed in", "weighed in", "tweets", "blasted", "slammed", "mocked", "praised", "dismissed",
    "labeled", "labelled", "branded", "hailed", "touted", "decried", "denounced", "criticized", "criticised",
    "bragged", "scoffed", "gushed", "acknowledges", "found", "finds",
    "issued a statement", "released a statement", "issued the following statement",
  ],
  maxTrailChars: 240,
  maxSpeakerWords: 14,
  maxSubjectWords: 8,
  maxLookBackChars: 1000,
  maxContextChars: 6000,
  maxSingleQuoteChars: 400,
  elisions: ["em", "n", "til", "cause", "tis", "twas", "s", "re", "ll", "ve", "d", "m"],
  leaderRoles: [...LEADER_ROLES],
};
