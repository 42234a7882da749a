import nlp from "compromise";
import type { DocEntity } from "../types.js";

export type Gender = "male" | "female" | null;

const FEMALE_ROLE = /\b(?:\w+woman|mrs|ms|miss|madam|queen|princess|duchess|actress|mother|wife|sister|daughter)\b/;
const MALE_ROLE = /\b(?:\w+man|mr|sir|king|prince|duke|father|husband|brother|son)\b/;
const byFirstName = new Map<string, Gender>();

/**
 * What "he" or "she" may refer to. A role that says it (spokeswoman) wins; else the first
 * name's gender in compromise's lexicon. Only the first word is asked: a later one may be
 * part of a double surname ("Jean-Pierre").
 */
export function genderOf(entity: DocEntity): Gender {
  let gender = byEntity.get(entity);
  if (gender === undefined) {
    gender = guess(entity);
    byEntity.set(entity, gender);
  }
  return gender;
}

const byEntity = new WeakMap<DocEntity, Gender>();

function guess(entity: DocEntity): Gender {
  const roles = entity.roles.join(" ");
  if (FEMALE_ROLE.test(roles)) return "female";
  if (MALE_ROLE.test(roles)) return "male";
  const first = entity.label.split(/\s+/)[0] ?? "";
  if (!first || entity.label.split(/\s+/).length < 2) return null;
  let gender = byFirstName.get(first);
  if (gender === undefined) {
    const doc = nlp(first);
    gender = doc.has("#FemaleName") ? "female" : doc.has("#MaleName") ? "male" : null;
    byFirstName.set(first, gender);
  }
  return gender;
}
