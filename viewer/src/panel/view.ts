import { el, formatDate } from "../dom.js";
import { pagedList } from "./evidence.js";
import type { LinkView, NeighbourView, NodeView } from "./model.js";

export interface PanelOptions {
  typeColors: Record<string, string>;
  otherColor: string;
  /** Links listed before "show all". */
  neighboursShown: number;
  onSelect: (key: string) => void;
  /** Opens a link's own panel (its evidence). */
  onSelectEdge: (edge: string) => void;
  /** "Show only its neighbourhood" to this depth. */
  onEgo: (key: string, depth: number) => void;
  onClose: () => void;
}

const KIND_TEXT: Record<LinkView["kind"], Record<LinkView["direction"], string>> = {
  cooccurrence: { both: "co-occurs with", out: "co-occurs with", in: "co-occurs with" },
  quote: { out: "speaks about", in: "is named in a quote by", both: "quote" },
  cites: { out: "reports the words of", in: "is reported by", both: "cites" },
};

/** Renders a node's details into the side panel, every text through textContent. */
export function renderPanel(container: HTMLElement, view: NodeView | null, options: PanelOptions): void {
  if (!view) {
    container.replaceChildren();
    container.hidden = true;
    container.removeAttribute("data-node");
    return;
  }
  container.hidden = false;
  container.dataset.node = view.key;
  container.removeAttribute("data-edge");
  const color = options.typeColors[view.entityType] ?? options.otherColor;
  const swatch = el("span", { className: "swatch swatch-node", attrs: { "aria-hidden": "true" } });
  swatch.style.background = color;

  const facts: [string, string | number][] = [
    ["Type", view.entityType],
    ["Mentions", view.mentions],
    ["Articles", view.documents],
    ["Quotes", view.quotes],
  ];
  if (view.firstDate) facts.push(["Seen", view.firstDate === view.lastDate ? formatDate(view.firstDate) : `${formatDate(view.firstDate)} – ${formatDate(view.lastDate)}`]);

  const parts: (HTMLElement | false)[] = [
    el("header", { className: "panel-head" }, [
      el("h2", { attrs: { id: "panel-title", tabindex: -1 } }, [swatch, view.label]),
      el("button", { className: "close", text: "×", attrs: { type: "button", "aria-label": "Close details" }, on: { click: options.onClose } }),
    ]),
    el("dl", { className: "facts" }, facts.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])),
    view.aliases.length > 0 &&
      el("section", { className: "aliases" }, [el("h3", { text: "Also called" }), el("p", { text: view.aliases.join(" · ") })]),
    egoControl(view, options),
    view.quotations.length > 0 &&
      el("section", { className: "quotations" }, [
        el("h3", { text: `Quotations (${view.quotations.length})` }),
        pagedList(view.quotations, view.label),
      ]),
    el("section", { className: "neighbours" }, [
      el("h3", { text: `Links (${view.neighbours.length})` }),
      view.neighbours.length === 0
        ? el("p", { className: "muted", text: "No links pass the current filters." })
        : neighbourList(view.neighbours, options),
    ]),
    view.articles.length > 0 &&
      el("section", { className: "articles" }, [
        el("h3", { text: `In articles (${view.articles.length})` }),
        el("ul", {}, view.articles.map((a) => el("li", {}, [el("span", { className: "title", text: a.title || a.article }), a.date ? el("span", { className: "date", text: ` · ${formatDate(a.date)}` }) : null]))),
      ]),
  ];
  container.replaceChildren(...parts.filter((p): p is HTMLElement => p !== false));
}

/** The heaviest links first; the rest behind a button, so a hub's panel opens at once. */
function neighbourList(neighbours: NeighbourView[], options: PanelOptions): HTMLElement {
  const list = el("ul", { className: "neighbour-list" }, neighbours.slice(0, options.neighboursShown).map((n) => neighbourItem(n, options)));
  if (neighbours.length <= options.neighboursShown) return list;
  const more = el("button", {
    className: "more",
    text: `Show all ${neighbours.length} links`,
    attrs: { type: "button" },
    on: {
      click: () => {
        list.append(...neighbours.slice(options.neighboursShown).map((n) => neighbourItem(n, options)));
        more.remove();
      },
    },
  });
  return el("div", {}, [list, more]);
}

function neighbourItem(n: NeighbourView, options: PanelOptions): HTMLElement {
  const swatch = el("span", { className: "swatch swatch-node", attrs: { "aria-hidden": "true" } });
  swatch.style.background = options.typeColors[n.entityType] ?? options.otherColor;
  return el("li", { className: "neighbour", attrs: { "data-key": n.key } }, [
    el("button", { className: "neighbour-name", attrs: { type: "button", title: `Show ${n.label}` }, on: { click: () => options.onSelect(n.key) } }, [swatch, n.label]),
    // Each link opens its own panel, with every piece of its evidence.
    el("span", { className: "neighbour-links" },
      n.links.map((l) =>
        el("button", {
          className: `link link-${l.kind}`,
          text: `${KIND_TEXT[l.kind][l.direction]} ×${l.weight}`,
          attrs: { type: "button", "data-edge": l.edge, title: `Evidence: ${capitalise(KIND_TEXT[l.kind][l.direction])} ${n.label}` },
          on: { click: () => options.onSelectEdge(l.edge) },
        }),
      ),
    ),
  ]);
}

/** "Only this node and its neighbours, to depth N": the analyst's first filter. */
function egoControl(view: NodeView, options: PanelOptions): HTMLElement {
  const depth = el("select", { attrs: { id: "ego-depth", "aria-label": "Depth" } }, [1, 2, 3].map((d) => el("option", { text: d === 1 ? "neighbours" : `${d} steps`, attrs: { value: d } })));
  return el("section", { className: "ego" }, [
    el("button", {
      text: "Show only its neighbourhood",
      attrs: { type: "button", "data-action": "ego" },
      on: { click: () => options.onEgo(view.key, Number(depth.value)) },
    }),
    " to ",
    depth,
  ]);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
