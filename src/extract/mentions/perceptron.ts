/**
 * A first-order averaged perceptron over BIO tags (Collins 2002): hashed feature × tag weights,
 * tag-to-tag transition weights, Viterbi decoding. Training is a pure function of its examples
 * and seed, so `npm run train` reproduces the shipped weights bit for bit (tests/quality/weights.test.ts).
 */
import { seededRandom } from "../../common/rng.js";

export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type Label = (typeof LABELS)[number];
const T = LABELS.length;

/** I-X only after B-X or I-X. */
const ALLOWED: boolean[][] = LABELS.map((from) => LABELS.map((to) => !to.startsWith("I-") || from.slice(2) === to.slice(2)));
const START_ALLOWED = LABELS.map((to) => !to.startsWith("I-"));

export interface Model {
  bits: number;
  /** `emission[(row << 3) + tag]`: rows are hashed features (8 slots a row, 7 used). */
  emission: Float32Array;
  /** `transition[from * T + to]`, and the row `T` for the sentence start. */
  transition: Float32Array;
}

export function emptyModel(bits: number): Model {
  return { bits, emission: new Float32Array((1 << bits) * 8), transition: new Float32Array((T + 1) * T) };
}

/** Per-token emission scores, `scores[i * T + tag]`. */
function emissions(model: Model, rows: Int32Array[]): Float32Array {
  const scores = new Float32Array(rows.length * T);
  const w = model.emission;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    for (let f = 0; f < r.length; f++) {
      const base = r[f]! << 3;
      for (let t = 0; t < T; t++) scores[i * T + t]! += w[base + t]!;
    }
  }
  return scores;
}

export interface Decoded {
  tags: Uint8Array;
  /** Per token: how far the chosen tag's emission score is above the best other tag's. */
  margin: Float32Array;
}

/** The best tag sequence for one sentence (rows: hashed feature rows per token). */
export function decode(model: Model, rows: Int32Array[]): Decoded {
  const n = rows.length;
  const tags = new Uint8Array(n);
  const margin = new Float32Array(n);
  if (n === 0) return { tags, margin };
  const e = emissions(model, rows);
  const tr = model.transition;
  const score = new Float32Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = START_ALLOWED[t] ? e[t]! + tr[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p]![t]) continue;
        const s = score[(i - 1) * T + p]! + tr[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + e[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  for (let i = 0; i < n; i++) {
    let other = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tags[i]) other = Math.max(other, e[i * T + t]!);
    margin[i] = e[i * T + tags[i]!]! - other;
  }
  return { tags, margin };
}

/** One training sentence: hashed feature rows and gold tag indices per token. */
export interface Example {
  rows: Int32Array[];
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the number of sentences decoded wrong. */
  onEpoch?: (epoch: number, errors: number) => void;
}

/** Averaged structured perceptron; the average is kept lazily (Daumé's trick: w − u / c). */
export function train(examples: readonly Example[], options: TrainOptions): Model {
  const model = emptyModel(options.bits);
  const sumE = new Float64Array(model.emission.length);
  const sumT = new Float64Array(model.transition.length);
  // The example order is training's only randomness.
  const rand = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const { tags } = decode(model, ex.rows);
      let wrong = false;
      for (let i = 0; i < tags.length; i++) {
        const g = ex.gold[i]!;
        const p = tags[i]!;
        const gPrev = i === 0 ? T : ex.gold[i - 1]!;
        const pPrev = i === 0 ? T : tags[i - 1]!;
        if (g !== p) {
          wrong = true;
          for (const row of ex.rows[i]!) {
            model.emission[(row << 3) + g]! += 1;
            sumE[(row << 3) + g]! += c;
            model.emission[(row << 3) + p]! -= 1;
            sumE[(row << 3) + p]! -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          model.transition[gPrev * T + g]! += 1;
          sumT[gPrev * T + g]! += c;
          model.transition[pPrev * T + p]! -= 1;
          sumT[pPrev * T + p]! -= c;
        }
      }
      if (wrong) errors++;
      c++;
    }
    options.onEpoch?.(epoch + 1, errors);
  }
  for (let i = 0; i < sumE.length; i++) model.emission[i] = model.emission[i]! - sumE[i]! / c;
  for (let i = 0; i < sumT.length; i++) model.transition[i] = model.transition[i]! - sumT[i]! / c;
  return normalize(model);
}

/**
 * Divide every weight by the mean size of the non-zero emission weights. Decoding is unchanged
 * (a positive factor), but margins come out in the same units whatever the epochs or data, so
 * the combiner's thresholds mean the same for the shipped model and a cross-validation fold's.
 */
export function normalize(model: Model): Model {
  let sum = 0;
  let n = 0;
  for (const w of model.emission) {
    if (w === 0) continue;
    sum += Math.abs(w);
    n++;
  }
  if (n === 0) return model;
  const scale = sum / n;
  for (let i = 0; i < model.emission.length; i++) model.emission[i] = model.emission[i]! / scale;
  for (let i = 0; i < model.transition.length; i++) model.transition[i] = model.transition[i]! / scale;
  return model;
}
