import { createHash } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import type { Model } from "./perceptron.js";

/** The shipped form of a model: emission weights as 16-bit integers, deflated, in base64 (text, so tsc ships it as a module). */
export interface PackedModel {
  bits: number;
  /** Emission weight = stored integer × scale. */
  scale: number;
  emission: string;
  transition: number[];
}

export function pack(model: Model): PackedModel {
  let max = 0;
  for (const w of model.emission) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const ints = new Int16Array(model.emission.length);
  for (let i = 0; i < ints.length; i++) ints[i] = Math.round(model.emission[i]! / scale);
  const bytes = deflateSync(Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength), { level: 9 });
  return { bits: model.bits, scale, emission: bytes.toString("base64"), transition: [...model.transition].map((w) => Math.round(w * 1e4) / 1e4) };
}

export function unpack(packed: PackedModel): Model {
  const bytes = inflateSync(Buffer.from(packed.emission, "base64"));
  const ints = new Int16Array(Uint8Array.from(bytes).buffer);
  const emission = new Float32Array(ints.length);
  for (let i = 0; i < ints.length; i++) emission[i] = ints[i]! * packed.scale;
  return { bits: packed.bits, emission, transition: Float32Array.from(packed.transition) };
}

/** The hash recorded in the provenance file: of the packed model's canonical JSON. */
export function weightsHash(packed: PackedModel): string {
  return createHash("sha256").update(JSON.stringify(packed)).digest("hex");
}
