/** A connection URL as messages show it: the password never reaches a terminal or a log. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}

/** Parses `url` and checks its scheme; `what` names the flag in the error. */
export function parseUrl(url: string, schemes: readonly string[], what: string, stage: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`newsgraph/${stage}: ${what} must be a URL like ${schemes[0]}//HOST:PORT, got "${url}"`);
  }
  if (!schemes.includes(parsed.protocol)) {
    throw new Error(`newsgraph/${stage}: ${what} must start with ${schemes.map((s) => `${s}//`).join(" or ")}, got "${redact(url)}"`);
  }
  return parsed;
}
