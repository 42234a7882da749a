/**
 * `npm run eval -- [files…] [--errors N] [--json PATH] [--types PERSON,ORG,COUNTRY] [--seed FILE] [--seed-gold FILE] [--resolution FILES]`
 * Scores newsgraph's extract() and raw compromise on annotated news (default: the GUM dev
 * articles), checks the seed article against its gold, and scores resolution across articles
 * against Wikipedia identities; prints tables, writes JSON.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extract } from "../../src/extract/index.js";
import { ingest } from "../../src/ingest/index.js";
import type { Article } from "../../src/ingest/types.js";
import { existsSync } from "node:fs";
import { baselinePredict } from "./baseline.js";
import { evaluateDocs, evaluateSeed } from "./evaluate.js";
import { conllAsGold } from "./conll.js";
import { crossValidate, type CrossValidation } from "./cross-validate.js";
import { loadGold, parseGoldDoc } from "./gold.js";
import { formatPolnear, loadPolnear, scorePolnear, type PolnearScore } from "./polnear.js";
import { articleOf, predictionOf } from "./newsgraph.js";
import type { DatasetReport, SeedReport } from "./report.js";
import { formatAblation, formatCrossValidation, formatDataset, formatSeed } from "./report.js";
import { formatResolution, scoreResolution } from "./resolution.js";
import { loadSeedGold, viewFromExtraction, viewFromPrediction } from "./seed.js";
import type { ScoredType } from "./types.js";
import { SCORED_TYPES } from "./types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const DEFAULTS = {
  // GUM news dev (the rules were tuned on it) and PUD news (held out: never trained or tuned on).
  files: [join(ROOT, "tests/fixtures/gum-news-dev.jsonl"), join(ROOT, "tests/fixtures/pud-news.tsv")],
  seed: join(ROOT, "seeds/000_7ffd442068645a8e.txt"),
  seedGold: join(ROOT, "tests/fixtures/seed-gold.json"),
  polnear: join(ROOT, "../shared/data/polnear-train-dev.jsonl"),
  json: join(ROOT, "out/eval.json"),
  errors: 0,
  // GUM's train documents carry identities too: read from the shared data when it is there.
  resolution: [join(ROOT, "tests/fixtures/gum-news-dev.jsonl"), join(ROOT, "../shared/data/gum-train.jsonl")],
  folds: 5,
  cvEpochs: 2,
};

const HELP = `npm run eval -- [files…] [options]
Scores newsgraph's extract() beside raw compromise on annotated news (default ${relative(process.cwd(), DEFAULTS.files[0]!)})
and checks the seed article against its gold. Definitions: tests/eval/README.md.
  --errors N        list up to N false positives, false negatives, splits and merges per type (default 0)
  --json PATH       where the figures are written (default out/eval.json)
  --types LIST      comma-separated subset of ${SCORED_TYPES.join(",")}
  --seed FILE       the seed article (default seeds/000_7ffd442068645a8e.txt)
  --seed-gold FILE  its gold (default tests/fixtures/seed-gold.json)
  --resolution LIST comma-separated files with identities to score resolution across articles on
                    (default the GUM dev articles and ../shared/data/gum-train.jsonl when present)
  --polnear FILE    PolNeAR train/dev quotes (default ../shared/data/polnear-train-dev.jsonl; skipped when absent)
  --split LIST      PolNeAR splits to score (default train,dev; dev is the held-out figure)
  --folds N         cross-validate the tagger by document over the GUM training articles (default 5; 0 skips)
  --cv-epochs N     training epochs per fold (default 2: the shipped tagger has more)`;

function parseTypes(list: string): ScoredType[] {
  const types = list.split(",").map((t) => t.trim().toUpperCase());
  for (const t of types) {
    if (!SCORED_TYPES.includes(t as ScoredType)) {
      throw new Error(`newsgraph/eval: unknown type ${t} (known: ${SCORED_TYPES.join(", ")})`);
    }
  }
  return types as ScoredType[];
}

/** The seed is read by the project's own ingest, so it is the article a build would see (header lines taken off). */
async function readArticle(file: string): Promise<Article> {
  for await (const item of ingest([file])) {
    if (item.kind === "article") return item.article;
    throw new Error(`newsgraph/eval: ${item.problem.file}: ${item.problem.message}`);
  }
  throw new Error(`newsgraph/eval: ${file}: no article`);
}

/** `npm run eval --errors 5` hands the flag to npm, not to us: say so rather than score with the wrong options. */
function refuseFlagsEatenByNpm(): void {
  if (process.env.npm_lifecycle_event !== "eval") return;
  const eaten = ["errors", "json", "types", "seed", "resolution"].filter((f) => process.env[`npm_config_${f}`] !== undefined);
  if (eaten.length > 0) {
    throw new Error(`newsgraph/eval: npm kept --${eaten.join(", --")} for itself; put them after --: npm run eval -- --${eaten[0]} …`);
  }
}

async function main(argv: string[]): Promise<void> {
  refuseFlagsEatenByNpm();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      errors: { type: "string" },
      json: { type: "string" },
      types: { type: "string" },
      seed: { type: "string" },
      "seed-gold": { type: "string" },
      resolution: { type: "string" },
      polnear: { type: "string" },
      split: { type: "string" },
      folds: { type: "string" },
      "cv-epochs": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const errors = values.errors === undefined ? DEFAULTS.errors : Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) throw new Error(`newsgraph/eval: --errors wants a count, got ${values.errors}`);
  const types = values.types ? parseTypes(values.types) : [...SCORED_TYPES];
  const files = positionals.length > 0 ? positionals : DEFAULTS.files;
  const show = (f: string): string => relative(process.cwd(), f) || basename(f);

  const folds = values.folds === undefined ? DEFAULTS.folds : Number(values.folds);
  const cvEpochs = values["cv-epochs"] === undefined ? DEFAULTS.cvEpochs : Number(values["cv-epochs"]);
  if (!Number.isInteger(folds) || folds < 0 || folds === 1) throw new Error(`newsgraph/eval: --folds wants 0 or a count of 2 or more, got ${values.folds}`);
  if (!Number.isInteger(cvEpochs) || cvEpochs < 1) throw new Error(`newsgraph/eval: --cv-epochs wants a positive count, got ${values["cv-epochs"]}`);

  const datasets: DatasetReport[] = files.map((file) => {
    const docs = file.endsWith(".tsv") ? conllAsGold(file).map((raw, i) => parseGoldDoc(raw, `${file} article ${i + 1}`)) : loadGold(file);
    // compromise compiles its lexicon on first use: warm both up so neither timing carries it.
    extract(articleOf(docs[0]!, file));
    baselinePredict(docs[0]!);
    const newsgraph = evaluateDocs(docs, (d) => predictionOf(extract(articleOf(d, file))), types);
    // The ablation: each finder alone, through the same document pass.
    const rules = evaluateDocs(docs, (d) => predictionOf(extract(articleOf(d, file), { finders: "rules" })), types);
    const model = evaluateDocs(docs, (d) => predictionOf(extract(articleOf(d, file), { finders: "model" })), types);
    const compromise = evaluateDocs(docs, baselinePredict, types);
    return {
      file: show(file),
      articles: docs.length,
      systems: { newsgraph: newsgraph.result, rules: rules.result, model: model.result, compromise: compromise.result },
      errors: { newsgraph: newsgraph.errors },
    };
  });
  const cv: CrossValidation | null = folds > 0 ? crossValidate(folds, cvEpochs, types, (line) => console.error(line)) : null;

  const seedFile = values.seed ?? DEFAULTS.seed;
  const gold = loadSeedGold(values["seed-gold"] ?? DEFAULTS.seedGold);
  const article = await readArticle(seedFile);
  const seed: SeedReport = {
    file: show(seedFile),
    systems: {
      newsgraph: evaluateSeed(gold, viewFromExtraction(extract(article))),
      compromise: evaluateSeed(gold, viewFromPrediction(baselinePredict(article))),
    },
  };

  const resolutionFiles = values.resolution ? values.resolution.split(",") : DEFAULTS.resolution.filter((f) => existsSync(f));
  const resolution = [];
  for (const file of resolutionFiles) resolution.push(await scoreResolution(file, show(file)));

  for (const d of datasets) console.log(formatDataset(d, types, errors), "\n");
  console.log(formatAblation(datasets, types), "\n");
  if (cv) console.log(formatCrossValidation(cv, types), "\n");
  console.log(formatSeed(seed));
  console.log("\n" + formatResolution(resolution, errors > 0));

  const polnear: Record<string, Omit<PolnearScore, "examples">> = {};
  const polnearFile = values.polnear ?? DEFAULTS.polnear;
  for (const split of (values.split ?? "train,dev").split(",")) {
    if (split !== "train" && split !== "dev") throw new Error(`newsgraph/eval: --split wants train and/or dev, got ${split}`);
    const docs = loadPolnear(polnearFile, split);
    if (!docs) {
      console.log(`\nPolNeAR: ${show(polnearFile)} not found, not scored`);
      break;
    }
    const { examples, ...score } = scorePolnear(docs, docs.map((d) => extract(articleOf(d, polnearFile))));
    polnear[split] = score;
    console.log(`\n${formatPolnear(`PolNeAR ${split}`, { ...score, examples }, errors)}`);
  }

  const jsonPath = values.json ?? DEFAULTS.json;
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify({ types, datasets, crossValidation: cv, seed, resolution, polnear }, null, 2) + "\n");
  console.log(`\nwrote ${show(jsonPath)}`);
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
