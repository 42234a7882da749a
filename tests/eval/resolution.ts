/**
 * Cross-article resolution, scored against Wikipedia identities: each article is extracted, the
 * corpus is resolved, and every gold name mention (PERSON, ORG, COUNTRY with an `identity`) the
 * extractor found is given the final node of the predicted mention overlapping it most. Mentions
 * the extractor missed are left out: finding names is the mention score's job, this one asks
 * whether the names found become one node per actor.
 */
import { readFileSync } from "node:fs";
import { extract } from "../../src/extract/index.js";
import type { DocExtraction } from "../../src/extract/types.js";
import { resolve } from "../../src/resolve/index.js";
import { articleOf } from "./newsgraph.js";

interface RawDoc {
  id: string;
  title?: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string; identity?: string }>;
}

export interface ResolutionScore {
  file: string;
  articles: number;
  /** Articles extract() threw on (left out, as a build would skip them). */
  failed: number;
  /** Gold name mentions with an identity, and how many of them the extractor found. */
  goldMentions: number;
  matched: number;
  /** Identities found in two or more articles. */
  recurring: number;
  /** Recurring actors whose mentions ended up on more than one node. */
  splitActors: number;
  /** Nodes beyond one per recurring actor. */
  extraNodes: number;
  /**
   * Identities joined on one node across articles: on each node, identities linked when one
   * article has both there (the extractor's in-article merge), counted as components beyond one.
   */
  wrongMerges: number;
  /** Identities joined on one node inside one article (the extractor's coreference), for context. */
  inArticleMerges: number;
  splitsPer100: number;
  mergesPer100: number;
  b3: { precision: number; recall: number; f1: number };
  /** Up to 10 of each, for reading. */
  examples: { splits: string[]; merges: string[] };
}

const SCORED = new Set(["PERSON", "ORG", "COUNTRY"]);

function readDocs(file: string): RawDoc[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      try {
        return JSON.parse(line) as RawDoc;
      } catch (error) {
        throw new Error(`newsgraph/eval: ${file}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The same name: each span at least 80% inside the other ("the U.S." for "U.S."), not "Malaysia" in "University of Malaysia". */
function sameName(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = overlap(a, b);
  return o >= 0.8 * (a.end - a.start) && o >= 0.8 * (b.end - b.start);
}

export async function scoreResolution(file: string, shown = file): Promise<ResolutionScore> {
  const all = readDocs(file);
  // An article extract() fails on is skipped, as a build skips it; the count says so.
  const raw: RawDoc[] = [];
  const docs: DocExtraction[] = [];
  for (const d of all) {
    try {
      docs.push(extract(articleOf({ id: d.id, title: d.title ?? "", text: d.text }, file)));
      raw.push(d);
    } catch {
      continue;
    }
  }
  const resolution = await resolve(docs);
  const pairs: Array<{ identity: string; node: string; doc: string }> = [];
  let goldMentions = 0;
  raw.forEach((gold, i) => {
    const doc = docs[i]!;
    for (const g of gold.entities) {
      if (!g.identity || !SCORED.has(g.type)) continue;
      goldMentions += 1;
      let best: DocExtraction["mentions"][number] | null = null;
      for (const m of doc.mentions) if (sameName(m, g) && overlap(m, g) > (best ? overlap(best, g) : 0)) best = m;
      if (best) pairs.push({ identity: g.identity, node: resolution.remap(best.entity, doc.id), doc: gold.id });
    }
  });

  const nodesOf = new Map<string, Map<string, number>>();
  const identitiesOf = new Map<string, Map<string, number>>();
  const docsOf = new Map<string, Set<string>>();
  for (const { identity, node, doc } of pairs) {
    const nodes = nodesOf.get(identity) ?? new Map<string, number>();
    nodes.set(node, (nodes.get(node) ?? 0) + 1);
    nodesOf.set(identity, nodes);
    const identities = identitiesOf.get(node) ?? new Map<string, number>();
    identities.set(identity, (identities.get(identity) ?? 0) + 1);
    identitiesOf.set(node, identities);
    docsOf.set(identity, (docsOf.get(identity) ?? new Set()).add(doc));
  }
  const recurring = [...docsOf].filter(([, docs]) => docs.size > 1).map(([identity]) => identity);
  const split = recurring.filter((identity) => nodesOf.get(identity)!.size > 1);
  const extraNodes = recurring.reduce((sum, identity) => sum + nodesOf.get(identity)!.size - 1, 0);
  const merged = [...identitiesOf].filter(([, identities]) => identities.size > 1);
  let wrongMerges = 0;
  let inArticleMerges = 0;
  const acrossArticles: typeof merged = [];
  for (const [node, identities] of merged) {
    // Union the identities that share an article on this node; what stays apart was joined by resolve.
    const parent = new Map([...identities.keys()].map((id) => [id, id]));
    const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
    const firstInDoc = new Map<string, string>();
    for (const pair of pairs) {
      if (pair.node !== node) continue;
      const seen = firstInDoc.get(pair.doc);
      if (seen === undefined) firstInDoc.set(pair.doc, pair.identity);
      else parent.set(find(pair.identity), find(seen));
    }
    const components = new Set([...identities.keys()].map(find)).size;
    wrongMerges += components - 1;
    if (components > 1) acrossArticles.push([node, identities]);
    inArticleMerges += identities.size - components;
  }

  // B³: each mention's precision and recall against the mentions of its node and of its identity.
  let precision = 0;
  let recall = 0;
  for (const { identity, node } of pairs) {
    const together = identitiesOf.get(node)!.get(identity)!;
    precision += together / [...identitiesOf.get(node)!.values()].reduce((a, b) => a + b, 0);
    recall += together / [...nodesOf.get(identity)!.values()].reduce((a, b) => a + b, 0);
  }
  const n = Math.max(pairs.length, 1);
  const [p, r] = [precision / n, recall / n];
  const per100 = (x: number) => (recurring.length === 0 ? 0 : (100 * x) / recurring.length);
  const list = (m: Map<string, number>) => [...m].map(([k, c]) => `${k}×${c}`).join(", ");
  return {
    file: shown,
    articles: raw.length,
    failed: all.length - raw.length,
    goldMentions,
    matched: pairs.length,
    recurring: recurring.length,
    splitActors: split.length,
    extraNodes,
    wrongMerges,
    inArticleMerges,
    splitsPer100: per100(split.length),
    mergesPer100: per100(wrongMerges),
    b3: { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) },
    examples: {
      splits: split.slice(0, 10).map((identity) => `${identity}: ${list(nodesOf.get(identity)!)}`),
      merges: acrossArticles.slice(0, 10).map(([node, identities]) => `${node}: ${list(identities)}`),
    },
  };
}

export function formatResolution(scores: ResolutionScore[], examples: boolean): string {
  const out = [
    "resolution across articles (Wikipedia identities; mentions the extractor found)",
    "",
    "split/100: recurring actors (in 2+ articles) on more than one node; merges/100: actors joined to another across articles",
    "",
    "file                                   articles  mentions found  recurring  split/100  merges/100  B³ P    R      F1     (in-article merges)",
  ];
  for (const s of scores) {
    out.push(
      `${s.file.padEnd(38)} ${`${s.articles}${s.failed ? `(-${s.failed})` : ""}`.padStart(8)}  ${`${s.matched}/${s.goldMentions}`.padStart(14)}  ${String(s.recurring).padStart(9)}  ` +
        `${s.splitsPer100.toFixed(1).padStart(9)}  ${s.mergesPer100.toFixed(1).padStart(10)}  ${s.b3.precision.toFixed(3)}  ${s.b3.recall.toFixed(3)}  ${s.b3.f1.toFixed(3)}  (${s.inArticleMerges})`,
    );
    if (examples) {
      for (const line of s.examples.splits) out.push(`  split  ${line}`);
      for (const line of s.examples.merges) out.push(`  merged ${line}`);
    }
  }
  return out.join("\n");
}
