import { phraseAt } from "../gazetteer/phrases.js";
import { HONORIFICS } from "../../lexicon/titles.js";
import type { Token } from "../tokens.js";

/** Titles in a row ("Deputy Foreign Minister", "Mr."): the last one is the role kept, an honorific's role is "". */
export function roleChain(tokens: Token[], i: number, last: number): { end: number; role: string } | null {
  let m = phraseAt(tokens, i, ["role"]);
  if (!m || m.end > last + 1) return null;
  let role = m.value.role;
  let end = m.end;
  while (end <= last && (m = phraseAt(tokens, end, ["role"])) && m.end <= last + 1) {
    if (!HONORIFICS.has(m.value.role)) role = m.value.role;
    end = m.end;
  }
  // A title that is part of an organization's or a place's name is not a title here.
  if (HONORIFICS.has(role) && end > last) return null;
  return { end, role: HONORIFICS.has(role) ? "" : role };
}
