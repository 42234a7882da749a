import { RULES } from "./rules.js";
import { nameWords } from "./names.js";
import type { CorpusEntity } from "./types.js";

function normal(name: string): string {
  return nameWords(name, "organization").join(" ");
}

/**
 * The entities a user means by NAME: its label, an alias or its key, compared without case and
 * punctuation; failing that, those whose label or an alias contains NAME's words ("Quent" for
 * "Marisol Quent").
 */
export function entitiesNamed(entities: CorpusEntity[], name: string): CorpusEntity[] {
  const wanted = normal(name);
  if (!wanted) return [];
  const exact = entities.filter(
    (e) => e.key === name || normal(e.label) === wanted || e.aliases.some((a) => normal(a) === wanted) || e.members.includes(name),
  );
  if (exact.length > 0) return exact;
  const within = (label: string) => ` ${normal(label)} `.includes(` ${wanted} `);
  return entities.filter((e) => within(e.label) || e.aliases.some(within));
}

/**
 * What `newsgraph build --explain NAME` prints: for each entity NAME matches, its aliases and
 * member keys, then every merge and keep-apart decision with its rule, the rule's meaning, the
 * keys it concerned, in how many articles, and example article ids.
 */
export function explainEntities(entities: CorpusEntity[], name: string): string {
  const found = entitiesNamed(entities, name).sort((a, b) => b.mentions - a.mentions);
  if (found.length === 0) return `newsgraph: no entity is named "${name}" (label, alias or key)\n`;
  const lines: string[] = [];
  for (const entity of found) {
    lines.push(`${entity.key}  "${entity.label}"  ${entity.entityType}, ${entity.mentions} mentions in ${entity.documents} articles`);
    lines.push(`  aliases: ${entity.aliases.join(" | ") || "(none)"}`);
    lines.push(`  per-article keys: ${entity.members.join(", ")}`);
    if (entity.decisions.length === 0) lines.push("  decisions: none (every article used this one key)");
    for (const d of entity.decisions) {
      const examples = d.examples.length > 0 ? `; e.g. ${d.examples.join(", ")}` : "";
      const keys = d.outcome === "merged" ? `${d.keys[0]}${d.keys[1] ? ` → ${d.keys[1]}` : ""}` : `${d.keys[0]}, which could be ${d.keys.slice(1).join(" or ") || "nobody known"},`;
      lines.push(`  ${d.outcome} [${d.rule}] ${keys} (${d.articles} article${d.articles === 1 ? "" : "s"}${examples})`);
    }
    const used = (prefix: string) =>
      Object.entries(entity.rules)
        .filter(([rule]) => rule.startsWith(prefix))
        .map(([rule, n]) => `${rule.slice(prefix.length)} ×${n}`)
        .join(", ");
    lines.push(`  typed by: ${used("type ") || "(no rule recorded)"}`);
    if (entity.quotes > 0) lines.push(`  speaker of ${entity.quotes} quote${entity.quotes === 1 ? "" : "s"} by: ${used("speaker ") || "(no rule recorded)"}`);
    const rules = [...new Set(entity.decisions.map((d) => d.rule))];
    for (const rule of rules) lines.push(`    ${rule}: ${RULES[rule]}`);
    lines.push("");
  }
  return lines.join("\n");
}
