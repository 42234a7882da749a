/**
 * A seeded synthetic news corpus for the viewer's browser tests: invented people (given names
 * from a fixed list, invented surnames), real countries, invented organizations, spread over
 * five weeks with a heavy-tailed cast, so the build has hubs, a long tail, quotes, outlets and
 * dated evidence — a graph big enough to show what a seed article cannot (crowded labels,
 * links of weight far above 5, time windows). Same seed, same corpus.
 */
import { writeFileSync } from "node:fs";
import { seededRandom } from "../../src/common/rng.js";

const GIVEN = ["Anna", "Tomas", "Lena", "Omar", "Ines", "Piotr", "Maria", "Jonas", "Sofia", "Karim", "Elena", "Marek", "Clara", "Hugo", "Nadia", "Viktor", "Irene", "Pavel", "Laura", "Felix", "Dora", "Emil", "Greta", "Oskar", "Rosa", "Anton", "Vera", "Lukas", "Mila", "Bruno"];
const SYLLABLES = ["ka", "ver", "dol", "mi", "ran", "to", "bel", "sk", "or", "vin", "la", "ze", "mar", "tin", "qu", "ho", "nel", "dra", "ast", "pel"];
const COUNTRIES = ["France", "Germany", "Poland", "Hungary", "Portugal", "Spain", "Italy", "Austria", "Sweden", "Norway", "Finland", "Denmark", "Greece", "Romania", "Bulgaria", "Croatia", "Serbia", "Ukraine", "Moldova", "Georgia", "Turkey", "Egypt", "Kenya", "Brazil", "Chile", "Canada", "Mexico", "Japan", "India", "Vietnam"];
const ORG_WORDS = ["Harbour", "Northern", "Civic", "Federal", "Coastal", "Union", "National", "Rural", "Metro", "Grain"];
const ORG_KINDS = ["Council", "Party", "Bank", "Institute", "Agency"];
const OUTLETS = ["Reuters", "AFP"];

export interface SyntheticArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  url: string;
  text: string;
}

export function syntheticCorpus(articles = 160, people = 420, seed = 7): SyntheticArticle[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Heavy tail: a few people are in most articles.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), 3)));
  const surname = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : "");
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const cast = Array.from({ length: people }, (_, i) => `${GIVEN[i % GIVEN.length]} ${surname()}`);
  const orgs = ORG_WORDS.flatMap((w) => ORG_KINDS.map((k) => `the ${w} ${k}`));
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < articles; a++) {
    const day = 1 + Math.floor(rand() * 35);
    const date = new Date(Date.UTC(2025, 2, day)).toISOString().slice(0, 10);
    const lead = cast[zipf(people)]!;
    const sentences: string[] = [];
    for (let s = 0; s < 9; s++) {
      const p1 = s % 3 === 0 ? lead : cast[zipf(people)]!;
      const p2 = cast[zipf(people)]!;
      const country = COUNTRIES[zipf(COUNTRIES.length)]!;
      const org = orgs[zipf(orgs.length)]!;
      switch (Math.floor(rand() * 5)) {
        case 0:
          sentences.push(`${p1} met ${p2} in ${country} on Tuesday.`);
          break;
        case 1:
          sentences.push(`"${country} will not be rushed," ${p1} told ${pick(OUTLETS)}.`);
          break;
        case 2:
          sentences.push(`${p1} said ${org.replace(/^the/, "The")} would review the plan with ${country}.`);
          break;
        case 3:
          sentences.push(`"We spoke with ${p2} about the budget," ${p1} said.`);
          break;
        default:
          sentences.push(`${country} and ${COUNTRIES[(COUNTRIES.indexOf(country) + 1 + zipf(COUNTRIES.length - 1)) % COUNTRIES.length]} asked ${p1} to mediate.`);
      }
    }
    out.push({
      id: `syn-${a}`,
      title: `${lead} in talks on day ${day} (${a})`,
      date,
      source: pick(["The Daily Ledger", "Morning Wire", "Coast Herald"]),
      url: `https://news.example/${a}`,
      text: sentences.join(" "),
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? "synthetic.jsonl";
  writeFileSync(file, syntheticCorpus().map((a) => JSON.stringify(a)).join("\n") + "\n");
  console.log(`wrote ${file}`);
}
