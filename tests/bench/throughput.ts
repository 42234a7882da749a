/**
 * Single-thread throughput of raw compromise (the baseline newsgraph's extraction builds on)
 * and of newsgraph's compiled extract(), on the same articles in the same process. The two
 * alternate in small batches so a change in machine load falls on both alike.
 */
import nlp from "compromise";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../../src/ingest/types.js";
import type { CorpusArticle } from "./corpus.js";
import { ROOT } from "./measure.js";

export interface Throughput {
  articles: number;
  chars: number;
  /** Thread CPU time (ms): what the work cost, whatever else the machine was doing. */
  cpuMs: number;
  wallMs: number;
}

function rawCompromise(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function compareThroughput(
  corpus: CorpusArticle[],
  batch = 25,
): Promise<{ compromise: Throughput; extract: Throughput }> {
  const { extract } = (await import(pathToFileURL(join(ROOT, "dist", "extract", "index.js")).href)) as {
    extract: (article: Article) => unknown;
  };
  const articles: Article[] = corpus.map((a) => ({ ...a, source: null, url: null, origin: { file: "bench" } }));
  const runs = {
    compromise: (a: Article) => rawCompromise(a.text),
    extract: (a: Article) => extract(a),
  };
  // Warm-up: lexicons, gazetteers and the JIT, outside the measurement.
  for (const a of articles.slice(0, 20)) for (const run of Object.values(runs)) run(a);

  const totals = {
    compromise: { articles: 0, chars: 0, cpuMs: 0, wallMs: 0 },
    extract: { articles: 0, chars: 0, cpuMs: 0, wallMs: 0 },
  };
  for (let i = 0; i < articles.length; i += batch) {
    const slice = articles.slice(i, i + batch);
    for (const name of ["compromise", "extract"] as const) {
      const cpu = cpuNow();
      const wall = performance.now();
      for (const a of slice) runs[name](a);
      const t = totals[name];
      t.wallMs += performance.now() - wall;
      t.cpuMs += cpuNow() - cpu;
      t.articles += slice.length;
      t.chars += slice.reduce((s, a) => s + a.text.length, 0);
    }
  }
  return totals;
}
