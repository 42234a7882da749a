import { COMMON_WORDS } from "./gazetteer/common-words.js";
import { phrasesAt } from "./gazetteer/phrases.js";
import { ABBREVIATIONS, DETERMINERS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, ORG_LEADS } from "./gazetteer/words.js";
import { spaceAfter, type Token } from "./tokens.js";

/** A run of capitalised words that may be one or more names: token indices, inclusive. */
export interface Run {
  first: number;
  last: number;
}

const NAME_TAGS = ["Person", "FirstName", "LastName", "Place", "Country", "City", "Organization", "Acronym"];
const INITIAL = /^\p{Lu}$/u;
const CLOSED_CLASS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Adverb", "Copula", "Modal", "QuestionWord"];

/**
 * A sentence-initial capital says nothing: the word counts as a name only when it is not an
 * ordinary English word, or compromise or a gazetteer knows it as a name.
 */
function isNameWord(t: Token, phraseStart: boolean, midCaps?: ReadonlySet<string>, next?: Token): boolean {
  if (!t.cap || NOT_NAMES.has(t.norm) || /^\d+$/.test(t.word)) return false;
  if (!t.first) return true;
  if (phraseStart) return true;
  if (!COMMON_WORDS.has(t.norm)) return true;
  // "Gates said": an ordinary word that the article capitalises mid-sentence too is a name here.
  if (midCaps?.has(t.norm) && !CLOSED_CLASS.some((tag) => t.tags.has(tag))) return true;
  // "Labour's Shadow Home Secretary …": a possessive owning a capitalised title is a name.
  if (t.possessive && next?.cap && next.sentence === t.sentence) return true;
  return NAME_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has("Determiner") && !t.tags.has("Pronoun");
}

/** Can the run go on from token a to the token after it? Only across spaces, a hyphen or an initial's dot. */
function joined(a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence || a.possessive || b.pre) return false;
  // "the U.S. The President": a capitalised article opens a new phrase.
  if (b.cap && DETERMINERS.has(b.norm)) return false;
  if (ABBREVIATIONS.has(a.norm) && /^\.[^\S\n]+$/.test(a.post)) return true;
  if (spaceAfter(a)) return true;
  if (a.post === "-" || a.post === "/") return true;
  return INITIAL.test(a.word) && /^\.[^\S\n]+$/.test(a.post);
}

/**
 * Maximal runs of name words. Lower-case words join a run only where names contain them: name
 * particles ("Charles de Gaulle"), "of/for/on" after an organization word ("Ministry of
 * Defence", "Council on Foreign Relations"), "and" inside a name ending in an organization
 * word ("Food and Drug Administration"), and any word of a gazetteer phrase.
 */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  const midCaps = new Set<string>();
  for (const t of tokens) if (t.cap && !t.first && !t.upper) midCaps.add(t.norm);
  const phraseEnd = tokens.map((_, i) => Math.max(i + 1, ...phrasesAt(tokens, i).map((m) => m.end)));
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!, phraseEnd[i]! > i + 1 || phrasesAt(tokens, i).length > 0, midCaps, tokens[i + 1]) || compoundModifier(tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    let forced = phraseEnd[i]! - 1;
    let orgWord = ORG_LEADS.has(tokens[i]!.norm) || ORG_HEADS.has(tokens[i]!.norm);
    for (let j = i + 1; j < tokens.length; j++) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      if (!joined(prev, t)) break;
      if (j <= forced) {
        last = j;
        continue;
      }
      if (isNameWord(t, true) && !compoundModifier(tokens, j)) {
        last = j;
      } else if (NAME_PARTICLES.has(t.norm)) {
        // A chain of particles ("Ursula von der Leyen") joins only when a name word follows it.
        let k = j;
        while (tokens[k + 1] && NAME_PARTICLES.has(tokens[k + 1]!.norm) && joined(tokens[k]!, tokens[k + 1]!)) k++;
        const next = tokens[k + 1];
        if (!next || !joined(tokens[k]!, next) || !isNameWord(next, true)) break;
        last = j = k;
      } else if (orgWord && /^(?:of|for|on)$/.test(t.norm)) {
        const next = tokens[j + 1]?.norm === "the" ? j + 2 : j + 1;
        if (!tokens[next] || !isNameWord(tokens[next]!, true) || !joined(t, tokens[j + 1]!)) break;
        last = j = next;
      } else if (prev.post === "-" && !t.cap && /^\p{Ll}+$/u.test(t.word) && !modifierWord(t) && !COMMON_WORDS.has(t.norm)) {
        last = j; // "Lee Teng-hui"
      } else if ((t.norm === "&" || (t.norm === "and" && commonWords(tokens, i, j - 1))) && !orgWord && endsInOrgHead(tokens, j + 1)) {
        // "Food and Drug Administration" is one name; "Zentrix and Brightwater Holdings" are two.
        last = j;
      } else break;
      orgWord ||= ORG_LEADS.has(tokens[last]!.norm) || ORG_HEADS.has(tokens[last]!.norm);
      forced = Math.max(forced, phraseEnd[last]! - 1);
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** "Moscow-backed", "Russian-speaking": a name glued to a lower-case word is a modifier, not a name. */
function compoundModifier(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && tokens[j]!.post === "-" && tokens[j + 1]?.cap) j++;
  const next = tokens[j + 1];
  return tokens[j]?.post === "-" && next !== undefined && !next.cap && modifierWord(next);
}

/** The lower-case half of "Moscow-backed", "Russian-speaking", "U.S.-led", "Paris-based": a participle or common adjective. */
function modifierWord(t: Token): boolean {
  return /(?:ed|ing)$/.test(t.norm) || MODIFIER_ENDS.has(t.norm) || (COMMON_WORDS.has(t.norm) && (t.tags.has("Adjective") || t.tags.has("Verb") || t.tags.has("Noun")));
}
const MODIFIER_ENDS = new Set(["born", "led", "run", "made", "style", "era", "type", "like", "wide", "free", "class", "level", "owned", "based", "backed", "bound", "area", "region", "language", "speaking", "friendly", "centric", "specific", "only", "inspired", "themed", "related"]);

function endsInOrgHead(tokens: Token[], from: number): boolean {
  let j = from;
  while (tokens[j] && isNameWord(tokens[j]!, true) && (j === from || joined(tokens[j - 1]!, tokens[j]!))) {
    if (ORG_HEADS.has(tokens[j]!.norm) && (!tokens[j + 1] || !tokens[j + 1]!.cap || !joined(tokens[j]!, tokens[j + 1]!))) return true;
    j++;
  }
  return false;
}

function commonWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!COMMON_WORDS.has(tokens[k]!.norm)) return false;
  return true;
}
