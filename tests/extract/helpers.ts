import { extract } from "../../src/extract/index.js";
import type { ExtractOptions } from "../../src/extract/defaults.js";
import type { DocExtraction } from "../../src/extract/types.js";

// Every sentence the extract specs use is made up: the behaviours are general, not tied to any article.

/** One invented article's extraction, quotes off. */
export function run(text: string, options: Partial<ExtractOptions> = {}): DocExtraction {
  return extract({ id: "t", title: "", date: null, source: null, url: null, text, origin: { file: "test" } }, { quotes: false, ...options });
}

/** The hand-written rules alone: what a rule decides, with no model in between. */
export const rules = (text: string, options: Partial<ExtractOptions> = {}) => run(text, { ...options, finders: "rules" });

export const names = (x: DocExtraction, type?: string) => x.mentions.filter((m) => !type || m.entityType === type).map((m) => m.text);
export const entity = (x: DocExtraction, key: string) => x.entities.find((e) => e.key === key);
/** "text/type/rule" per mention. */
export const decided = (x: DocExtraction) => x.mentions.map((m) => `${m.text}/${m.entityType}/${m.rule}`);
