/** Every option of `extract()` with its default, in one place. */
export interface ExtractOptions {
  /** Find quotations (and their speakers) with the quotes stage. */
  quotes: boolean;
  /**
   * Also list a country named inside an organization's name ("U.S. Department of Energy"
   * → "U.S."), as annotated news corpora do.
   */
  nestedCountries: boolean;
  /**
   * In sports reports, a country name that stands for its national team ("Sweden beat South
   * Korea") is an organization. The report is recognised by its vocabulary: at least one
   * sports-only word ("striker", "referee") and `sportsCues` distinct sports words in all.
   */
  sportsTeams: boolean;
  /** Distinct sports words (sports-only and common ones such as "goal") that make a sports report. */
  sportsCues: number;
  /**
   * Who names the mentions: the hand-written rules, the trained tagger (`mentions/`), or both
   * through the combiner (each where it is strongest; see `npm run eval`'s ablation).
   */
  finders: "rules" | "model" | "both";
}

export const DEFAULTS: ExtractOptions = {
  quotes: true,
  nestedCountries: true,
  sportsTeams: true,
  sportsCues: 4,
  finders: "both",
};

export function withDefaults(options: Partial<ExtractOptions> = {}): ExtractOptions {
  const opts = { ...DEFAULTS, ...options };
  for (const flag of ["quotes", "nestedCountries", "sportsTeams"] as const) {
    if (typeof opts[flag] !== "boolean") throw new TypeError(`newsgraph/extract: options.${flag} must be a boolean`);
  }
  if (!["rules", "model", "both"].includes(opts.finders)) {
    throw new TypeError(`newsgraph/extract: options.finders must be "rules", "model" or "both", got ${JSON.stringify(opts.finders)}`);
  }
  if (!Number.isInteger(opts.sportsCues) || opts.sportsCues < 1) {
    throw new TypeError("newsgraph/extract: options.sportsCues must be a positive integer");
  }
  return opts;
}
