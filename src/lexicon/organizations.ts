/**
 * Words of organization names that extract and resolve both reason with, lower case.
 */

/**
 * Corporate suffixes written in English-language news, the ones the extractor also takes as
 * the head word that makes a capitalised run an organization ("Acme Inc.").
 */
export const COMMON_CORPORATE_SUFFIXES: readonly string[] = ["inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "sa", "ag", "gmbh", "nv"];

/**
 * Words an organization's name may end with that do not change which organization it is:
 * resolve drops them to compare names. The rarer legal forms ("Oyj", "KK", "SpA") are not
 * head words for the extractor: most are also ordinary words or initials ("AB", "LP").
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  ...COMMON_CORPORATE_SUFFIXES,
  "incorporated", "cos", "limited", "llp", "lp", "bv", "pty", "spa", "ab", "asa", "oyj", "kk",
]);
