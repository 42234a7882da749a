import { countryKey, entityKey } from "../keys.js";
import { spanText, type Span } from "../spans.js";
import type { Token } from "../tokens.js";

/** The key a span gives as an affiliation: its country, or the organization it names. */
export function spanAffiliation(tokens: Token[], span: Span): string | undefined {
  if (span.code) return countryKey(span.code);
  if (span.org) return span.org.country ? countryKey(span.org.country) : entityKey("organization", span.org.names[0]!);
  if (span.type === "organization") return entityKey("organization", spanText(tokens, span.first, span.last));
  return undefined;
}
