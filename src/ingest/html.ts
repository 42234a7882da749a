import { DomUtils, parseDocument } from "htmlparser2";
import { normaliseDate } from "./dates.js";

type Element = ReturnType<typeof DomUtils.findAll>[number];
type Nodes = Parameters<typeof DomUtils.findAll>[1];

export interface HtmlArticle {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  /** Paragraphs, each on one line, joined with a blank line. */
  text: string;
}

// Page furniture, not article text.
const DROPPED = new Set([
  "head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
  "iframe", "svg", "canvas", "select", "figure",
]);

const DATE_META = [
  "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
  "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
];

/** An HTML news page: metadata from <meta>/<title>/<time>, text from its paragraphs. */
export function parseHtmlArticle(html: string): HtmlArticle {
  const doc = parseDocument(html);
  const meta = metaValues(doc.children);
  const first = (tag: string) => DomUtils.findOne((e) => e.name === tag, doc.children);
  const timeEl = DomUtils.findOne((e) => e.name === "time" && DomUtils.hasAttrib(e, "datetime"), doc.children);
  const canonical = DomUtils.findOne(
    (e) => e.name === "link" && (DomUtils.getAttributeValue(e, "rel") ?? "").toLowerCase() === "canonical",
    doc.children,
  );
  const titleEl = first("title");
  const h1 = first("h1");

  const title = meta.get("og:title") || meta.get("twitter:title") || (titleEl && inline(titleEl)) || (h1 && inline(h1)) || null;
  const dateValue = DATE_META.map((k) => meta.get(k)).find(Boolean) ?? (timeEl && DomUtils.getAttributeValue(timeEl, "datetime"));
  const source = meta.get("og:site_name") || null;
  const url = (canonical && DomUtils.getAttributeValue(canonical, "href")) || meta.get("og:url") || null;

  for (const e of DomUtils.findAll((e) => DROPPED.has(e.name), doc.children)) DomUtils.removeElement(e);
  const body = mainContainer(doc.children);
  const paragraphs = DomUtils.findAll((e) => e.name === "p", body).map(inline).filter(Boolean);
  const text = paragraphs.length ? paragraphs.join("\n\n") : inline(body);
  return { title: title?.trim() || null, date: normaliseDate(dateValue), source, url, text };
}

/** <meta> content by lower-cased property, name or itemprop (the first one wins). */
function metaValues(nodes: Nodes): Map<string, string> {
  const values = new Map<string, string>();
  for (const e of DomUtils.findAll((e) => e.name === "meta" || (e.name === "time" && DomUtils.hasAttrib(e, "itemprop")), nodes)) {
    const content = DomUtils.getAttributeValue(e, e.name === "time" ? "datetime" : "content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = DomUtils.getAttributeValue(e, attr)?.toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

/** The <article> with the most paragraph text, else <main>, else <body>, else the whole page. */
function mainContainer(nodes: Nodes): Nodes {
  const articles = DomUtils.findAll((e) => e.name === "article", nodes);
  if (articles.length) {
    const size = (a: Element) => DomUtils.findAll((e) => e.name === "p", a).reduce((n, p) => n + DomUtils.textContent(p).length, 0);
    return articles.reduce((best, a) => (size(a) > size(best) ? a : best));
  }
  return DomUtils.findOne((e) => e.name === "main", nodes) ?? DomUtils.findOne((e) => e.name === "body", nodes) ?? nodes;
}

/** An element's text on one line: HTML whitespace is not significant. */
function inline(node: Nodes): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}
