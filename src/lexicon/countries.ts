import { createRequire } from "node:module";
import type { Countries } from "world-countries";

/**
 * The country table, read once per process or worker thread: every stage that knows about
 * states (the extractor's gazetteer and quote speakers, resolve's labels and name forms)
 * derives what it needs from these values instead of loading the package again.
 */

// world-countries ships CommonJS JSON whose typings do not survive NodeNext default-import interop.
export const WORLD_COUNTRIES: Countries = createRequire(import.meta.url)("world-countries") as Countries;

/** ISO alpha-2 code → the English common name ("US" → "United States"): what a country node is labelled. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(WORLD_COUNTRIES.map((c) => [c.cca2, c.name.common]));

/**
 * Lower-case English demonym (masculine and feminine form) → ISO alpha-2 code, the first
 * country of the table to use it: "russian" → "RU". The extractor's gazetteer builds its own
 * normalised, pluralised table (independent states first) from `WORLD_COUNTRIES`.
 */
export const DEMONYM_CODES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const c of WORLD_COUNTRIES) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !out.has(d.toLowerCase())) out.set(d.toLowerCase(), c.cca2);
  }
  return out;
})();
