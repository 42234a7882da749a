import type { Token } from "../tokens.js";
import { featureRows, sentenceRanges, type Votes } from "./features.js";
import type { LineCase } from "./lines.js";
import { decode, LABELS, type Model } from "./perceptron.js";
import type { Tagged, TaggedType } from "./types.js";
import { unpack } from "./weights-codec.js";
import { PACKED } from "./weights.js";

const TYPES: Record<string, TaggedType> = { PER: "person", ORG: "organization", LOC: "place" };

let shipped: Model | null = null;
/** The shipped weights, decoded on first use and kept for the life of the process (one copy per worker). */
export function shippedModel(): Model {
  shipped ??= unpack(PACKED);
  return shipped;
}

export interface Tagging {
  spans: Tagged[];
  /** Per token: how sure the model is that the token is outside every name (0 where it tagged a name). */
  outside: Float32Array;
}

/** The trained tagger's names: BIO tags decoded sentence by sentence, each span scored by its tokens' mean margin. */
export function tagSpans(tokens: Token[], votes: Votes[], cases: readonly LineCase[], model: Model = shippedModel()): Tagging {
  const rows = featureRows(tokens, votes, cases, model.bits);
  const out: Tagged[] = [];
  const outside = new Float32Array(tokens.length);
  for (const [first, last] of sentenceRanges(tokens)) {
    const { tags, margin } = decode(model, rows.slice(first, last + 1));
    let open: { first: number; type: string; sum: number } | null = null;
    const close = (end: number) => {
      if (open) out.push({ first: open.first, last: end, type: TYPES[open.type]!, rule: "model.tagger", score: open.sum / (end - open.first + 1) });
      open = null;
    };
    for (let k = 0; k < tags.length; k++) {
      const label = LABELS[tags[k]!]!;
      const i = first + k;
      if (label === "O" || label.startsWith("B-")) close(i - 1);
      if (label.startsWith("B-")) open = { first: i, type: label.slice(2), sum: 0 };
      if (open) open.sum += margin[k]!;
      else outside[i] = margin[k]!;
    }
    close(last);
  }
  return { spans: out, outside };
}
