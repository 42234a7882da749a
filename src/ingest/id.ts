import { createHash } from "node:crypto";

/** Id of an article without one of its own: the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}
