import isoCountries from "i18n-iso-countries";
import { COUNTRY_NAMES, WORLD_COUNTRIES } from "../../lexicon/countries.js";

/** Everything the extractor knows about countries, keyed by normalised name (see `normName`). */
export interface CountryGazetteer {
  /** Names of the state: "russia", "russian federation", "us", "united states of america". */
  names: Map<string, string>;
  /** Names that count only when written in capitals ("US", "UK", "UAE"): "us" is a pronoun. */
  upperOnly: Set<string>;
  /** Demonyms and their plurals: "russian", "russians", "british". */
  demonyms: Map<string, string>;
  /** Capitals, which name the state only when used as an actor ("Moscow said"). */
  capitals: Map<string, string>;
  /** Canonical English name per code, for labels. */
  labels: Map<string, string>;
}

/** Lower case, dots removed, curly apostrophes straightened: "U.S." → "us". */
export function normName(name: string): string {
  return name.toLowerCase().replace(/\./g, "").replace(/’/g, "'").replace(/\s+/g, " ").trim();
}

// Short forms in everyday news use that the data packages do not carry. General knowledge,
// not taken from any article.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "America"],
  GB: ["U.K.", "UK", "Britain", "Great Britain"],
  KR: ["Korea"],
  NL: ["Holland"],
  MM: ["Burma"],
  CZ: ["Czechia"],
  CD: ["DR Congo", "DRC"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  VA: ["Vatican"],
  TL: ["East Timor"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  PS: ["Palestine"],
  TW: ["Taiwan"],
  CN: ["PRC"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ["Briton", "Britons", "UK", "U.K."],
  US: ["U.S.", "US"],
  NL: ["Dutch"],
  CH: ["Swiss"],
  FR: ["French"],
  CN: ["Chinese"],
  JP: ["Japanese"],
  SE: ["Swede", "Swedes"],
  DK: ["Dane", "Danes"],
  FI: ["Finn", "Finns"],
  PL: ["Pole", "Poles"],
  TR: ["Turk", "Turks"],
  ES: ["Spaniard", "Spaniards"],
  PH: ["Filipino", "Filipinos"],
  AF: ["Afghans"],
};
// Two-letter codes that are safe to read as names when capitalised; most codes are words ("IT", "IN", "ME").
const SAFE_CODES = new Set(["US", "GB"]);
// Capitals that are also common first names or words are left to the person and place rules.
const AMBIGUOUS_CAPITALS = new Set(["victoria", "kingston", "hamilton", "georgetown", "jamestown", "regina", "stanley", "washington dc"]);

function build(): CountryGazetteer {
  const names = new Map<string, string>();
  const upperOnly = new Set<string>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  const labels = new Map(COUNTRY_NAMES);
  const ambiguous = new Set<string>();
  const addName = (name: string, code: string): void => {
    if (!name || /[,(]/.test(name) || !/^[A-Za-z\u00C0-\u024F .'’&-]+$/.test(name)) return;
    const key = normName(name.replace(/^the /i, ""));
    if (key.length < 2) return;
    const known = names.get(key);
    if (known && known !== code) ambiguous.add(key);
    else names.set(key, code);
    if (name === name.toUpperCase()) upperOnly.add(key);
  };
  // Independent states first, so a demonym or capital they share with a territory stays theirs.
  const ordered = [...WORLD_COUNTRIES].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const code = c.cca2;
    addName(c.name.common, code);
    addName(c.name.official, code);
    for (const alt of c.altSpellings) {
      if (alt.length === 2 && alt === code && !SAFE_CODES.has(code)) continue;
      if (alt.length <= 3 && alt !== alt.toUpperCase()) continue;
      addName(alt, code);
    }
    for (const name of isoCountries.getNames("en", { select: "all" })[code] ?? []) addName(name, code);
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (!d) continue;
      const key = normName(d);
      if (!demonyms.has(key)) demonyms.set(key, code);
      const plural = /[aeiouny]$/.test(key) ? `${key}s` : null;
      if (plural && !demonyms.has(plural)) demonyms.set(plural, code);
    }
    for (const capital of c.capital ?? []) {
      const key = normName(capital);
      if (!capitals.has(key) && !AMBIGUOUS_CAPITALS.has(key)) capitals.set(key, code);
      // "Washington D.C." is written "Washington" when it stands for the government.
      const short = key.replace(/ (dc|city)$/, "");
      if (short !== key && !capitals.has(short)) capitals.set(short, code);
    }
  }
  for (const key of ambiguous) names.delete(key);
  for (const [code, extra] of Object.entries(EXTRA_NAMES)) for (const name of extra) addName(name, code);
  for (const [code, extra] of Object.entries(EXTRA_DEMONYMS)) for (const d of extra) demonyms.set(normName(d), code);
  // The US and UK are written as acronyms far more often than as words.
  for (const key of ["us", "uk", "usa", "uae", "drc", "prc", "gb"]) upperOnly.add(key);
  labels.set("GB", "United Kingdom");
  return { names, upperOnly, demonyms, capitals, labels };
}

export const COUNTRIES: CountryGazetteer = build();
