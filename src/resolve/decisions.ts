import type { EntityKey } from "../extract/types.js";
import type { RuleId } from "./rules.js";
import type { Decision } from "./types.js";

/** Decisions keyed by what they were about, so a surname decided in 5,000 articles is one line. */
export class DecisionLog {
  private readonly byEntity = new Map<EntityKey, Map<string, Decision>>();

  note(entity: EntityKey, rule: RuleId, outcome: Decision["outcome"], keys: EntityKey[], articles: number, examples: string[]): void {
    let decisions = this.byEntity.get(entity);
    if (!decisions) this.byEntity.set(entity, (decisions = new Map()));
    // A merged key is merged once; a bare surname's keep-apart repeats per article and adds up.
    const id = `${rule} ${outcome} ${outcome === "merged" ? `${keys[0]} ${keys[1] ?? ""}` : keys.join(" ")}`;
    const decision = decisions.get(id);
    if (!decision) {
      decisions.set(id, { rule, outcome, keys: [...keys], articles, examples: examples.slice(0, 3) });
      return;
    }
    decision.articles += articles;
    for (const key of keys) if (!decision.keys.includes(key)) decision.keys.push(key);
    for (const example of examples) if (decision.examples.length < 3 && !decision.examples.includes(example)) decision.examples.push(example);
  }

  of(entity: EntityKey): Decision[] {
    return [...(this.byEntity.get(entity)?.values() ?? [])].sort((a, b) => b.articles - a.articles || (a.rule < b.rule ? -1 : 1));
  }
}
