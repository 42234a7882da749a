import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import { normaliseDate } from "./dates.js";

type Element = ReturnType<typeof DomUtils.findAll>[number];
type Nodes = Parameters<typeof DomUtils.findAll>[1];
type AnyNode = Parameters<typeof DomUtils.getChildren>[0];

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
  const ld = linkedData(doc.children);
  const titleEl = first("title");
  const h1 = first("h1");

  const title = meta.get("og:title") || meta.get("twitter:title") || ld.headline || (titleEl && inline(titleEl)) || (h1 && inline(h1)) || null;
  // the first date that parses: a page may carry an odd format in one place and ISO in another
  const date =
    [...DATE_META.map((k) => meta.get(k)), ld.datePublished, timeEl && DomUtils.getAttributeValue(timeEl, "datetime")]
      .map(normaliseDate)
      .find((d) => d !== null) ?? null;
  const source = meta.get("og:site_name") || null;
  const url = (canonical && DomUtils.getAttributeValue(canonical, "href")) || meta.get("og:url") || null;

  for (const e of DomUtils.findAll((e) => DROPPED.has(e.name), doc.children)) DomUtils.removeElement(e);
  const body = mainContainer(doc.children);
  const paragraphs = DomUtils.findAll((e) => e.name === "p", body).map(inline).filter(Boolean);
  const text = (paragraphs.length ? paragraphs : blocks(body)).join("\n\n");
  return { title: title?.trim() || null, date, source, url, text };
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

/**
 * headline and datePublished from schema.org JSON-LD, which many news sites carry in a
 * <script> (possibly nested in "@graph" or an array). Malformed blocks are ignored.
 */
function linkedData(nodes: Nodes): { headline?: string; datePublished?: string } {
  const found: { headline?: string; datePublished?: string } = {};
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.headline === "string") found.headline ??= o.headline.trim();
    if (typeof o.datePublished === "string") found.datePublished ??= o.datePublished;
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  const scripts = DomUtils.findAll(
    (e) => e.name === "script" && (DomUtils.getAttributeValue(e, "type") ?? "").toLowerCase() === "application/ld+json",
    nodes,
  );
  for (const script of scripts) {
    try {
      visit(JSON.parse(DomUtils.textContent(script)), 0);
    } catch {
      // a broken JSON-LD block only loses metadata the page may give elsewhere
    }
  }
  return found;
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

// Elements that start a new line of text: a page without <p> is split into paragraphs there.
const BLOCK = new Set([
  "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
  "li", "main", "ol", "pre", "section", "table", "td", "th", "tr", "ul",
]);

/** Text of a page without paragraphs, one entry per block of text. */
function blocks(root: Nodes): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/\s+/g, " ").trim();
    if (t) out.push(t);
    current = "";
  };
  const walk = (node: AnyNode): void => {
    if (node.type === ElementType.Text) current += node.data;
    else if (node.type === ElementType.Tag) {
      const block = BLOCK.has(node.name);
      if (block) flush();
      node.children.forEach(walk);
      if (block) flush();
    } else if (node.type === ElementType.Root) node.children.forEach(walk);
  };
  (Array.isArray(root) ? root : [root]).forEach(walk);
  flush();
  return out;
}

/** An element's text on one line: HTML whitespace is not significant. */
function inline(node: Nodes): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}
