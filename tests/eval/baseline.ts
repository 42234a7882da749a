/**
 * Raw compromise as the baseline every figure is shown beside: people() → PERSON,
 * organizations() → ORG, places() → COUNTRY when the place is a country's name, quotations()
 * for quotes. No cleaning beyond what compromise's own tags mark (see nameSpan): spans run
 * from the first to the last term's characters, so punctuation around terms is not counted.
 */
import nlp from "compromise";
import { WORLD_COUNTRIES as countries } from "../../src/lexicon/countries.js";
import type { PredMention, PredQuote, Prediction, ScoredType } from "./types.js";

interface TermJson {
  text: string;
  tags: string[];
  pre: string;
  post: string;
  offset: { start: number; length: number };
}

interface MatchJson {
  terms: TermJson[];
}


const normal = (name: string): string => name.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();

const COUNTRY_NAMES = new Set(
  countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]).map(normal),
);

/** "Germany's" is a country for the decision, but the span stays compromise's. */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(normal(name.replace(/['’]s$/, "")));
}

function termSpan(text: string, terms: TermJson[]): { start: number; end: number } {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const start = first.offset.start;
  const end = last.offset.start + last.offset.length;
  if (text.slice(start, end).startsWith(first.text) === false) {
    throw new Error(`newsgraph/eval: compromise offset ${start} does not point at "${first.text}"`);
  }
  return { start, end };
}

/**
 * compromise's own tags say what is not part of the name: leading honorifics ("President",
 * "Mr.") and a possessive ending. The gold gives names bare, so a baseline that kept them
 * would measure the annotation convention rather than compromise.
 */
function nameSpan(text: string, m: MatchJson): { start: number; end: number } | null {
  const terms = [...m.terms];
  while (terms.length > 0 && terms[0]!.tags.includes("Honorific")) terms.shift();
  if (terms.length === 0) return null;
  const span = termSpan(text, terms);
  const last = terms[terms.length - 1]!;
  if (last.tags.includes("Possessive") && /['’]s$/.test(text.slice(span.start, span.end))) span.end -= 2;
  return span;
}

const QUOTE_MARKS = /["“”‘’'«»]/;

/** A quotation's span includes its marks, which compromise keeps in the first term's pre and the last term's post. */
function quoteSpan(text: string, m: MatchJson): { start: number; end: number } {
  const { start, end } = termSpan(text, m.terms);
  const first = m.terms[0]!;
  const last = m.terms[m.terms.length - 1]!;
  const open = first.pre.search(QUOTE_MARKS);
  const close = [...last.post].findIndex((ch) => QUOTE_MARKS.test(ch));
  return {
    start: open < 0 ? start : start - (first.pre.length - open),
    end: close < 0 ? end : end + close + 1,
  };
}

export function baselinePredict(article: { id: string; text: string }): Prediction {
  const { text } = article;
  const doc = nlp(text);
  const mentions: PredMention[] = [];
  const add = (type: ScoredType, matches: MatchJson[], keep: (name: string) => boolean = () => true): void => {
    for (const m of matches) {
      const span = nameSpan(text, m);
      if (span === null) continue;
      const name = text.slice(span.start, span.end);
      if (!keep(name)) continue;
      mentions.push({ ...span, type, text: name, key: `${type}:${normal(name)}` });
    }
  };
  const json = (view: { json: (o: object) => unknown }): MatchJson[] => view.json({ offset: true }) as MatchJson[];
  add("PERSON", json(doc.people()));
  add("ORG", json(doc.organizations()));
  add("COUNTRY", json(doc.places()), isCountryName);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes: PredQuote[] = json(doc.quotations())
    .filter((m) => m.terms.length > 0)
    .map((m) => {
      const span = quoteSpan(text, m);
      return { ...span, text: text.slice(span.start, span.end), speaker: null };
    });
  return { id: article.id, mentions, quotes };
}
