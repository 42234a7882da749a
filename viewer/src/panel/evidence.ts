import { el, formatDate } from "../dom.js";
import type { Evidence } from "../graph/types.js";

/** Pieces of evidence per page of the edge panel. */
export const EVIDENCE_PAGE = 10;

/** A URL from an article is shown as a link only when it is http(s): no javascript:, data: or file:. */
export function safeArticleUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The same quotation reaches a link more than once (one quote joined from several segments,
 * or read by two extraction rules): shown once per article.
 */
export function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.article}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One piece of evidence: the sentence or quotation; for a quotation the sentence that
 * attributes it, with its cue marked and its speaker named; then outlet, date, title and a link
 * to the article. All text through textContent.
 */
export function evidenceItem(e: Evidence, speaker: string | null = null): HTMLElement {
  const url = safeArticleUrl(e.url);
  const title = e.title || e.article;
  const attribution = e.context && e.context !== e.text ? attributionLine(e.context, e.cue ?? null) : null;
  return el("li", { className: "evidence-item", attrs: { "data-article": e.article } }, [
    el("blockquote", { text: e.text }),
    speaker || e.cue ? el("p", { className: "speaker", text: `— ${speaker ?? "speaker"}${e.cue ? `, “${e.cue}”` : ""}` }) : null,
    attribution,
    el("p", { className: "source" }, [
      e.source ? el("span", { className: "outlet", text: e.source }) : null,
      e.source && e.date ? " · " : null,
      e.date ? el("span", { className: "date", text: formatDate(e.date) }) : null,
      e.source || e.date ? " · " : null,
      url
        ? el("a", { className: "title", text: title, attrs: { href: url, target: "_blank", rel: "noopener noreferrer nofollow", referrerpolicy: "no-referrer" } })
        : el("span", { className: "title", text: title }),
    ]),
  ]);
}

function attributionLine(sentence: string, cue: string | null): HTMLElement {
  const at = cue ? sentence.toLowerCase().indexOf(cue.toLowerCase()) : -1;
  const parts: (Node | string)[] = [el("span", { className: "muted", text: "Attributed in: " })];
  if (at < 0 || !cue) parts.push(sentence);
  else parts.push(sentence.slice(0, at), el("mark", { className: "cue", text: sentence.slice(at, at + cue.length) }), sentence.slice(at + cue.length));
  return el("p", { className: "attribution" }, parts);
}

/** A list shown a page at a time, with "Previous" / "Next" and "page i of n". */
export function pagedList(items: Evidence[], speaker: string | null, pageSize = EVIDENCE_PAGE): HTMLElement {
  const list = el("ul", { className: "evidence" });
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  let page = 0;
  const status = el("span", { className: "page-status" });
  const prev = el("button", { className: "more", text: "Previous", attrs: { type: "button", "data-action": "evidence-prev" } });
  const next = el("button", { className: "more", text: "Next", attrs: { type: "button", "data-action": "evidence-next" } });
  const show = () => {
    list.replaceChildren(...items.slice(page * pageSize, (page + 1) * pageSize).map((e) => evidenceItem(e, speaker)));
    status.textContent = `Page ${page + 1} of ${pages}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  };
  prev.addEventListener("click", () => ((page = Math.max(0, page - 1)), show()));
  next.addEventListener("click", () => ((page = Math.min(pages - 1, page + 1)), show()));
  show();
  return el("div", { className: "paged" }, [list, pages > 1 ? el("nav", { className: "pager", attrs: { "aria-label": "Evidence pages" } }, [prev, status, next]) : null]);
}
