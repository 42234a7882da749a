/**
 * Dates as news sources write them, normalised to ISO YYYY-MM-DD. A date is recognised at
 * the start of a string, so that a header such as "date 2022-02-15 Tensions between…" can
 * give its date and leave the rest of the line to the body.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
// A time and zone may follow any date form (ISO "T10:00:00Z", RFC 2822 "10:00:00 +0000");
// it is consumed so that it does not end up in an article body.
const TIME = "(?:(?:[ T]|,?\\s+(?:at\\s+)?)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|GMT|UTC|[ECMP][SD]T)(?![a-z]))?)?";
const END = "(?![\\p{L}\\p{N}])";

const FORMS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 2022-02-15, 2022/02/15, 2022-02-15T10:00:00Z
  {
    re: new RegExp(`^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})${TIME}${END}`, "iu"),
    ymd: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  // February 15, 2022 · Feb. 15 2022 · Tuesday, February 15, 2022
  {
    re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${END}`, "iu"),
    ymd: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  // 15 Feb 2022 · 15 February, 2022 · Tue, 15 Feb 2022 10:00:00 +0000 (RFC 2822)
  {
    re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}${END}`, "iu"),
    ymd: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
];

export interface DatePrefix {
  iso: string;
  /** How many characters of the input the date (and any time after it) took. */
  length: number;
}

/** The date written at the very start of `s`, if any, and how long it is. */
export function matchDatePrefix(s: string): DatePrefix | null {
  for (const { re, ymd } of FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const iso = isoDate(...ymd(m));
    if (iso) return { iso, length: m[0].length };
  }
  return null;
}

/**
 * ISO date of a source's date value: a string in one of the forms above (surrounding
 * text after the date is tolerated), or a Unix timestamp in seconds or milliseconds.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    // Below 1e11 a timestamp in milliseconds would fall in 1973: treat it as seconds.
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") return null;
  return matchDatePrefix(value.trim())?.iso ?? null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls Feb 30 over into March: reject what does not round-trip.
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
