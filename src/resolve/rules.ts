/**
 * Every merge and keep-apart decision of resolve names one of these rules; `newsgraph build
 * --explain NAME` prints them. Each line is the rule's spec.
 */
export const RULES = {
  "name-form": "the same name once case, accents, punctuation, hyphens, 'The', a possessive, titles and descriptors (Sen., Republican, Texan) or corporate suffixes (Inc., Co., Corp., Ltd., plc, Company) are set aside",
  "type-vote": "the same name typed differently by different articles: one actor, whose type is the majority of its mentions",
  "headline-fragment": "a headline read as one name (Jane Roe Wins Vote), from one or two articles: joined to the much more frequent person it starts with, else to the only such person it names",
  "middle-name": "one person's name with and without middle names or initials, or with a short given name (Bill / William), where no other person of the corpus fits too",
  "name-ambiguous": "kept apart: a shorter name that fits several people of the corpus who are not one another (George Bush: George W. and George H. W.)",
  "acronym-defined": "an article defines the short name right after the long one, in brackets: Advanced Micro Devices (AMD)",
  "alias-shared": "the short name is an alias that articles gave one organization, and no other",
  "acronym-initials": "the short name spells the initials of exactly one organization of the corpus, and some article names both",
  "acronym-ambiguous": "kept apart: the short name spells the initials of several organizations, and no article says which",
  "surname-unique": "a bare surname, where the corpus knows exactly one person by that surname",
  "surname-named": "a bare surname attached to the one person of that surname its article names",
  "surname-role": "a bare surname attached to the one person of that surname with a role the article gives it",
  "surname-dominant": "a bare surname attached to the person who has most of the corpus's mentions among those with that surname (share at least dominantShare)",
  "surname-both-named": "kept apart: a bare surname in an article that names several people of that surname",
  "surname-ambiguous": "kept apart: a bare surname shared by several people of the corpus, with no evidence in its article for one",
} as const;

export type RuleId = keyof typeof RULES;
