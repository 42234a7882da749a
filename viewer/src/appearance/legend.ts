import { el } from "../dom.js";
import { EDGE_KINDS, type EdgeKind } from "../graph/types.js";
import type { AppearanceSettings, ColorMode } from "./settings.js";

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
  /** Which colours the nodes carry: the type swatches or the community list. */
  setColorBy(mode: ColorMode): void;
  /** What node sizes and link thicknesses stand for: a few values and how they are drawn. */
  setScales(size: { metric: string; steps: ScaleStep[] }, thickness: ScaleStep[]): void;
}

/** A value of a metric and the pixels it is drawn with (radius for nodes, width for links). */
export interface ScaleStep {
  value: number;
  px: number;
}

/** The communities the colour legend lists: id, colour, name (after its top member), size. */
export interface CommunityEntry {
  id: number;
  color: string;
  name: string;
  count: number;
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
  communities: CommunityEntry[] = [],
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

  const communityList = el("div", { className: "legend-group legend-communities", attrs: { role: "list", "aria-label": "Communities" } },
    communities.map((c) => {
      const swatch = el("span", { className: "swatch swatch-node", attrs: { "aria-hidden": "true" } });
      swatch.style.background = c.color;
      return el("div", { className: "legend-row", attrs: { role: "listitem", "data-community": c.id } }, [
        swatch,
        el("span", { className: "legend-name", text: c.name }),
        el("span", { className: "legend-count", text: c.count }),
      ]);
    }),
  );
  const communitySection = el("div", {}, [el("h2", { text: "Communities (colours)" }), communityList, el("p", { className: "muted small", text: "Other communities are grey." })]);
  const sizeList = el("div", { className: "legend-group legend-sizes", attrs: { "aria-label": "Node sizes" } });
  const sizeTitle = el("h2", { text: "Size" });
  const thicknessList = el("div", { className: "legend-group legend-thickness", attrs: { "aria-label": "Link thickness" } });

  const element = el("section", { className: "legend", attrs: { "aria-label": "Legend and type filters" } }, [
    el("h2", { text: "Entities" }),
    typeList,
    communitySection,
    el("h2", { text: "Links" }),
    kindList,
    sizeTitle,
    sizeList,
    el("h2", { text: "Thickness: link weight" }),
    thicknessList,
  ]);
  communitySection.hidden = true;
  const format = (v: number) => (Number.isInteger(v) ? String(v) : v < 0.01 ? v.toExponential(1) : v.toFixed(3).replace(/0+$/, ""));

  return {
    element,
    setColorBy(mode) {
      communitySection.hidden = mode !== "community";
      typeList.classList.toggle("swatches-off", mode !== "type");
    },
    setScales(size, thickness) {
      sizeTitle.textContent = `Size: ${size.metric === "pagerank" ? "PageRank" : size.metric}`;
      sizeList.replaceChildren(
        ...size.steps.map((s) => {
          const disc = el("span", { className: "size-disc", attrs: { "aria-hidden": "true" } });
          disc.style.width = disc.style.height = `${2 * s.px}px`;
          return el("div", { className: "legend-row scale-row", attrs: { "data-value": s.value, "data-px": s.px.toFixed(1) } }, [
            el("span", { className: "scale-mark" }, [disc]),
            el("span", { className: "legend-name", text: format(s.value) }),
          ]);
        }),
      );
      thicknessList.replaceChildren(
        ...thickness.map((s) => {
          const line = el("span", { className: "thickness-line", attrs: { "aria-hidden": "true" } });
          line.style.borderTopWidth = `${Math.max(1, s.px)}px`;
          line.style.borderTopColor = settings.edges.cooccurrence.color;
          return el("div", { className: "legend-row scale-row", attrs: { "data-value": s.value, "data-px": s.px.toFixed(1) } }, [
            el("span", { className: "scale-mark" }, [line]),
            el("span", { className: "legend-name", text: `weight ${format(s.value)}` }),
          ]);
        }),
      );
    },
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
