import { createHash } from "node:crypto";
import type { Article } from "./types.js";

export interface Duplicates {
  /**
   * The article to build, or null for a later copy of a text already read (dropped unless
   * `keep`). A kept copy whose id is taken (ids made from the text are) gets `~2`, `~3`… so
   * every extraction in the output stays addressable.
   */
  admit(article: Article): Article | null;
  /** Articles whose text was read before, in this run. */
  readonly count: number;
}

/**
 * Identical texts (wire copies, a file given twice): counted once by default, as they are one
 * story; `keep` counts each, since outlets republishing a story is itself information.
 * Memory: 8 bytes of hash per distinct text (and the ids, when keeping).
 */
export function createDuplicates(options: { keep?: boolean } = {}): Duplicates {
  const texts = new Set<string>();
  const ids = new Map<string, number>();
  let count = 0;
  return {
    admit(article) {
      const hash = createHash("sha256").update(article.text, "utf8").digest("base64").slice(0, 11);
      const seen = texts.has(hash);
      texts.add(hash);
      if (seen) count++;
      if (seen && !options.keep) return null;
      if (!options.keep) return article;
      const uses = (ids.get(article.id) ?? 0) + 1;
      ids.set(article.id, uses);
      return uses === 1 ? article : { ...article, id: `${article.id}~${uses}` };
    },
    get count() {
      return count;
    },
  };
}
