import type { Span } from "../spans.js";
import { spaceAfter, type Token } from "../tokens.js";

// What only a company has: "Shares of X", "a stake in X", "X shares", "X's chief executive".
const BEFORE = [["shares", "of"], ["stake", "in"], ["shares", "in"], ["stock", "of"], ["shareholders", "of"], ["subsidiary", "of"], ["unit", "of"], ["acquisition", "of"], ["takeover", "of"], ["merger", "with"]];
const AFTER = new Set(["shares", "stock", "shareholders", "stockholders", "investors", "ceo", "cfo", "headquarters", "subsidiary", "subsidiaries", "revenue", "revenues", "profit", "profits", "earnings", "employees", "workers", "stores", "customers", "plant", "plants", "factory", "factories", "brand"]);
const SPEAKS_AS_COMPANY = new Set(["employs", "manufactures", "shipped", "reported", "acquired", "listed"]);

function inCompanyContext(tokens: Token[], s: Span): boolean {
  const before1 = tokens[s.first - 1];
  const before2 = tokens[s.first - 2];
  if (before1 && before2 && !before1.cap && BEFORE.some(([a, b]) => before2.norm === a && before1.norm === b)) return true;
  const last = tokens[s.last]!;
  const next = tokens[s.last + 1];
  if (!next || next.sentence !== last.sentence || next.cap || !spaceAfter(last)) return false;
  if (AFTER.has(next.norm)) return true;
  // "X chief executive": only with the possessive, "X's chief executive", or a company verb ("X employs").
  if (last.possessive && next.norm === "chief" && tokens[s.last + 2]?.norm === "executive") return true;
  return !last.possessive && SPEAKS_AS_COMPANY.has(next.norm) && tokens[s.last + 2] !== undefined && /^\d|^(?:about|more|some|nearly|over)$/.test(tokens[s.last + 2]!.norm);
}

/**
 * "Shares of Brandt Keller rose": a name shaped like a person's that the article treats as a
 * company anywhere is a company everywhere in it. Only names typed on shape alone change.
 */
export function companyContext(tokens: Token[], spans: Span[]): Span[] {
  const shapeOnly = (s: Span) => s.type === "person" && !s.role && !s.affiliation;
  const name = (s: Span) => tokens.slice(s.first, s.last + 1).map((t) => t.norm).join(" ");
  const companies = new Set<string>();
  for (const s of spans) if (shapeOnly(s) && inCompanyContext(tokens, s)) companies.add(name(s));
  if (companies.size === 0) return spans;
  return spans.map((s) => (shapeOnly(s) && companies.has(name(s)) ? { ...s, type: "organization", rule: "org.company-context" } : s));
}
