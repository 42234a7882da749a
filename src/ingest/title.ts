/**
 * A title for an article that has none: its first line, cut to its first sentence and
 * then to a word boundary when still too long, so lists and tooltips stay readable.
 */
export function titleFromText(text: string, maxLength: number): string {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0]!.replace(/\s+/g, " ").trim();
  if (firstLine.length <= maxLength) return firstLine;
  const sentence = /^.+?[.!?]["'’”)]?(?=\s)/u.exec(firstLine)?.[0];
  if (sentence && sentence.length <= maxLength) return sentence;
  const cut = firstLine.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}
