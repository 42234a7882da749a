import { ORG_HEADS } from "../gazetteer/words.js";
import type { Token } from "../tokens.js";
import { contains } from "./norms.js";
import type { Keyed } from "./types.js";

/**
 * One key per organization however the article shortens it: an acronym given in brackets beside
 * the full name ("Union of Rationalist Atheists (UAAR)", "CEI (Italian Episcopal Conference)"),
 * and a shorter name that only one longer name contains ("Home Office" in "United Kingdom Home
 * Office", "Film Board" in "Film Board of Canada"). Re-keys the mentions in place.
 */
export function mergeOrganizations(tokens: Token[], mentions: Keyed[]): void {
  const orgs = mentions.filter((m) => m.type === "organization");
  const alias = new Map<string, string>();
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i]!;
    const b = orgs[i + 1]!;
    const gap = tokens[a.span.last]!;
    if (b.span.first !== a.span.last + 1 || !/\($/.test(gap.post.trim()) && !tokens[b.span.first]!.pre.startsWith("(")) continue;
    const [short, long] = isAcronymOf(b, a) ? [b, a] : isAcronymOf(a, b) ? [a, b] : [null, null];
    if (short && long && !alias.has(long.key)) alias.set(short.key, long.key);
  }
  const names = new Map<string, string[]>();
  for (const m of orgs) if (!names.has(m.key)) names.set(m.key, tokens.slice(m.span.first, m.span.last + 1).map((t) => t.norm));
  // "Scientology" beside "Church of Scientology": the body named after its lead word and "of".
  for (const [key, norms] of names) {
    if (alias.has(key) || norms.length !== 1) continue;
    const whole = [...names].filter(([k, n]) => k !== key && n.length >= 3 && n[n.length - 2] === "of" && n[n.length - 1] === norms[0]);
    if (whole.length === 1) alias.set(key, whole[0]![0]);
  }
  for (const [key, norms] of names) {
    if (alias.has(key) || norms.length < 2 || !ORG_HEADS.has(norms[norms.length - 1]!)) continue;
    const longer = [...names].filter(([k, n]) => k !== key && n.length > norms.length && contains(n, norms));
    if (longer.length === 1) alias.set(key, longer[0]![0]);
  }
  // Looked up before any key changes: with a chain (A → B, B → C) B's mentions are re-keyed in the
  // loop, and a search by key afterwards found nothing (the 2 MB article's "reading 'label'").
  const owners = new Map<string, Keyed>();
  for (const o of orgs) if (!owners.has(o.key)) owners.set(o.key, o);
  for (const m of mentions) {
    let target = alias.get(m.key);
    if (!target) continue;
    // "VFB" → "Vale Film Board" → "Northern Vale Film Board": to the end of the chain.
    for (let hops = 0; alias.has(target) && hops < alias.size; hops++) target = alias.get(target)!;
    const owner = owners.get(target)!;
    m.key = target;
    if (owner.label) m.label = owner.label;
    else delete m.label;
  }
}

function isAcronymOf(short: Keyed, long: Keyed): boolean {
  const s = short.surface.replace(/\./g, "");
  if (!/^[\p{Lu}\d]{2,8}$/u.test(s) || long.surface.split(/\s+/).length < 2) return false;
  const initials = long.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return initials.includes(s[0]!) && [...s].filter((c) => initials.includes(c)).length >= Math.ceil(s.length / 2);
}
