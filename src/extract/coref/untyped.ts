import { ORG_HEADS, PLACE_HEADS } from "../gazetteer/words.js";
import { entityKey } from "../keys.js";
import { spanText, type Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { Keyed } from "./types.js";

/**
 * Spans no rule typed take a type from the rest of the article, added to `mentions` (kept in
 * text order): `coref.head-of-body` ("the Court" after "the Supreme Court"), `coref.same-name`
 * (the type a strong span of the same text has), then `coref.list-sibling` (the type of a name
 * listed with it). `surfaceTypes`: the first strong mention of each surface.
 */
export function typeFromArticle(tokens: Token[], pending: Span[], mentions: Keyed[], surfaceTypes: Map<string, Keyed>): void {
  for (const span of pending) {
    const surface = spanText(tokens, span.first, span.last);
    // A head word with no body before it ("the Government") would merge every article's government: dropped.
    if (span.head) {
      const body = bodyNamedBefore(tokens, span, mentions);
      if (body) mentions.push({ ...body, span: { ...span, type: "organization", rule: "coref.head-of-body" }, surface });
      continue;
    }
    const same = span.common ? undefined : surfaceTypes.get(surface);
    if (same) mentions.push({ ...same, span: { ...span, rule: "coref.same-name" }, surface });
  }
  mentions.sort((a, b) => a.span.first - b.span.first);
  // "Ubisoft, Microsoft, and PlayStation": a bare name listed with typed ones is of their type.
  for (const span of pending) {
    if (span.common) continue;
    if (mentions.some((m) => m.span === span || (m.span.first <= span.first && m.span.last >= span.last))) continue;
    const sibling = listSibling(tokens, span, mentions);
    const word = tokens[span.first]!.norm;
    if (!sibling || sibling.type === "country" || (sibling.type === "person" && (ORG_HEADS.has(word) || PLACE_HEADS.has(word)))) continue;
    const surface = spanText(tokens, span.first, span.last);
    mentions.push({ span: { ...span, type: sibling.type, rule: "coref.list-sibling" }, type: sibling.type, key: entityKey(sibling.type, surface), surface });
  }
  mentions.sort((a, b) => a.span.first - b.span.first);
}

/** "the Court" after "the Supreme Court": the last organization whose name has that head word. */
function bodyNamedBefore(tokens: Token[], span: Span, mentions: Keyed[]): Keyed | undefined {
  const head = tokens[span.first]!.norm;
  if (span.first !== span.last || !ORG_HEADS.has(head)) return undefined;
  let found: Keyed | undefined;
  for (const m of mentions) {
    if (m.type !== "organization" || m.span.first >= span.first || m.span.last === m.span.first) continue;
    if (tokens.slice(m.span.first, m.span.last + 1).some((t) => t.norm === head)) found = m;
  }
  return found;
}

/** A typed name next to this one in a list ("A, B and C"): only commas and "and/or" between. */
function listSibling(tokens: Token[], span: Span, mentions: Keyed[]): Keyed | undefined {
  const link = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (k > from && !/^(?:and|or)$/.test(t.norm)) return false;
      if (!/^,?\s+$/.test(t.post)) return false;
    }
    return to - from <= 2;
  };
  for (const m of mentions) {
    if (m.span.last < span.first && link(m.span.last, span.first)) return m;
    if (m.span.first > span.last && link(span.last, m.span.first)) return m;
  }
  return undefined;
}
