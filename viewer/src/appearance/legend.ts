import { el } from "../dom.js";
import { EDGE_KINDS, type EdgeKind } from "../graph/types.js";
import type { AppearanceSettings } from "./settings.js";

const TYPE_ORDER = ["person", "country", "organization"];
const KIND_LABELS: Record<EdgeKind, string> = {
  cooccurrence: "co-occurrence",
  quote: "quote (speaker → named)",
  cites: "cites (outlet → speaker)",
};

export interface LegendCounts {
  total: Map<string, number>;
  shown: Map<string, number>;
}

export interface Legend {
  element: HTMLElement;
  update(types: LegendCounts, kinds: LegendCounts, hiddenTypes: string[], hiddenKinds: string[]): void;
}

/**
 * Colour legend that is also the type and kind filter: one checkbox per entity type and per
 * edge kind, with its colour, and "shown of total" counts. Each row carries data-type /
 * data-kind, data-count (total) and data-shown for tests and scripts.
 */
export function createLegend(
  settings: AppearanceSettings,
  types: Iterable<string>,
  kinds: Iterable<EdgeKind>,
  onToggle: (what: "type" | "kind", name: string, visible: boolean) => void,
): Legend {
  const typeNames = [...new Set(types)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const kindNames = [...new Set(kinds)].sort((a, b) => EDGE_KINDS.indexOf(a) - EDGE_KINDS.indexOf(b));
  const rows = new Map<string, { row: HTMLElement; box: HTMLInputElement; count: HTMLElement }>();

  const makeRow = (what: "type" | "kind", name: string, swatch: HTMLElement, label: string) => {
    const box = el("input", { attrs: { type: "checkbox", checked: true } });
    box.addEventListener("change", () => onToggle(what, name, box.checked));
    const count = el("span", { className: "legend-count" });
    const row = el("label", { className: "legend-row", attrs: { [`data-${what}`]: name } }, [
      box,
      swatch,
      el("span", { className: `legend-name legend-${what}`, text: label }),
      count,
    ]);
    rows.set(`${what}:${name}`, { row, box, count });
    return row;
  };

  const typeList = el("div", { className: "legend-group", attrs: { role: "group", "aria-label": "Entity types" } },
    typeNames.map((t) => {
      const swatch = el("span", { className: "swatch swatch-node", attrs: { "aria-hidden": "true" } });
      swatch.style.background = settings.typeColors[t] ?? settings.otherColor;
      return makeRow("type", t, swatch, t);
    }),
  );
  const kindList = el("div", { className: "legend-group", attrs: { role: "group", "aria-label": "Link kinds" } },
    kindNames.map((k) => {
      const look = settings.edges[k];
      const swatch = el("span", { className: `swatch swatch-edge${look.arrow ? " swatch-arrow" : ""}`, attrs: { "aria-hidden": "true" } });
      swatch.style.borderTopColor = look.color;
      swatch.style.borderTopStyle = look.dash > 0 ? "dashed" : "solid";
      swatch.style.color = look.color;
      return makeRow("kind", k, swatch, KIND_LABELS[k] ?? k);
    }),
  );

  const element = el("section", { className: "legend", attrs: { "aria-label": "Legend and type filters" } }, [
    el("h2", { text: "Entities" }),
    typeList,
    el("h2", { text: "Links" }),
    kindList,
  ]);

  return {
    element,
    update(typeCounts, kindCounts, hiddenTypes, hiddenKinds) {
      const apply = (what: "type" | "kind", counts: LegendCounts, hidden: string[]) => {
        for (const [name, total] of counts.total) {
          const r = rows.get(`${what}:${name}`);
          if (!r) continue;
          const shown = counts.shown.get(name) ?? 0;
          r.box.checked = !hidden.includes(name);
          r.count.textContent = shown === total ? String(total) : `${shown} / ${total}`;
          r.row.dataset.count = String(total);
          r.row.dataset.shown = String(shown);
        }
      };
      apply("type", typeCounts, hiddenTypes);
      apply("kind", kindCounts, hiddenKinds);
    },
  };
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}
