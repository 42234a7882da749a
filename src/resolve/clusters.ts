import type { EntityKey } from "../extract/types.js";
import type { RuleId } from "./rules.js";

/** One union, as `--explain` shows it. */
export interface Union {
  rule: RuleId;
  from: EntityKey;
  into: EntityKey;
}

/** Union–find over keys, remembering which rule joined what. */
export class Clusters {
  private readonly parent = new Map<EntityKey, EntityKey>();
  readonly unions: Union[] = [];

  add(key: EntityKey): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  has(key: EntityKey): boolean {
    return this.parent.has(key);
  }

  find(key: EntityKey): EntityKey {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps every later find near constant.
    let at = key;
    while (at !== root) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(from: EntityKey, into: EntityKey, rule: RuleId): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a === b) return;
    this.parent.set(a, b);
    this.unions.push({ rule, from, into });
  }

  /** Root → member keys. */
  groups(): Map<EntityKey, EntityKey[]> {
    const out = new Map<EntityKey, EntityKey[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      const members = out.get(root);
      if (members) members.push(key);
      else out.set(root, [key]);
    }
    return out;
  }
}
