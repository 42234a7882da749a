import { el } from "../dom.js";
import type { FilterDomain, FilterSettings } from "./types.js";

export interface FilterControls {
  element: HTMLElement;
  /** Shows the given settings and the counts that result from them. */
  update(settings: FilterSettings, shown: { nodes: number; edges: number }, total: { nodes: number; edges: number }): void;
}

const MAX_COMMUNITIES = 60;

/**
 * The filter form beside the legend: the neighbourhood filter when one is set, minimum link
 * weight and mentions, community, isolated nodes, reset (the date range is the timeline's).
 * It reports changes; it holds no filter state of its own.
 */
export function createFilterControls(
  domain: FilterDomain,
  report: (patch: Partial<FilterSettings>) => void,
  onReset: () => void,
  labelOf: (key: string) => string,
): FilterControls {
  // A dragged slider fires many input events per frame; on a large graph each filter pass
  // costs sigma a reprocess, so changes made within one frame are applied together.
  let pending: Partial<FilterSettings> | null = null;
  const onChange = (patch: Partial<FilterSettings>) => {
    if (!pending) {
      pending = {};
      requestAnimationFrame(() => {
        const patchNow = pending!;
        pending = null;
        report(patchNow);
      });
    }
    Object.assign(pending, patch);
  };
  const weight = rangeInput("filter-min-weight", 1, Math.max(1, domain.maxEdgeWeight));
  weight.input.addEventListener("input", () => onChange({ minEdgeWeight: Number(weight.input.value) }));
  const mentions = rangeInput("filter-min-mentions", 0, Math.max(0, domain.maxMentions));
  mentions.input.addEventListener("input", () => onChange({ minMentions: Number(mentions.input.value) }));

  const egoText = el("span", { className: "ego-text" });
  const egoDepth = el("select", { attrs: { id: "filter-ego-depth", "aria-label": "Neighbourhood depth" } }, [1, 2, 3].map((d) => el("option", { text: `depth ${d}`, attrs: { value: d } })));
  egoDepth.addEventListener("change", () => onChange({ egoDepth: Number(egoDepth.value) }));
  const ego = el("div", { className: "ego-filter", attrs: { id: "filter-ego" } }, [
    egoText,
    egoDepth,
    el("button", { text: "Show all", attrs: { type: "button", "data-action": "ego-clear" }, on: { click: () => onChange({ ego: null }) } }),
  ]);

  const community = el("select", { attrs: { id: "filter-community" } }, [el("option", { text: "All communities", attrs: { value: "" } })]);
  [...domain.communities]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_COMMUNITIES)
    .forEach(([id, count]) => community.append(el("option", { text: `${domain.communityLeaders.get(id) ?? `Community ${id}`}'s community (${count})`, attrs: { value: id } })));
  community.addEventListener("change", () => onChange({ community: community.value === "" ? null : Number(community.value) }));

  const isolated = el("input", { attrs: { type: "checkbox", id: "filter-hide-isolated" } });
  isolated.addEventListener("change", () => onChange({ hideIsolated: isolated.checked }));

  const summary = el("p", { className: "filter-summary", attrs: { id: "filter-summary", "aria-live": "polite" } });
  const reset = el("button", { text: "Reset filters", attrs: { type: "button" }, on: { click: onReset } });

  const element = el("section", { className: "filters", attrs: { "aria-label": "Filters" } }, [
    el("h2", { text: "Filters" }),
    ego,
    field("filter-min-weight", "Minimum link weight", weight.wrap),
    field("filter-min-mentions", "Minimum mentions", mentions.wrap),
    domain.communities.size > 1 && field("filter-community", "Community", community),
    el("label", { className: "check" }, [isolated, " Hide isolated nodes"]),
    summary,
    reset,
  ]);

  return {
    element,
    update(settings, shown, total) {
      weight.set(settings.minEdgeWeight);
      mentions.set(settings.minMentions);
      ego.hidden = settings.ego === null;
      if (settings.ego !== null) {
        egoText.textContent = `Neighbourhood of ${labelOf(settings.ego)}`;
        egoDepth.value = String(settings.egoDepth);
      }
      community.value = settings.community === null ? "" : String(settings.community);
      isolated.checked = settings.hideIsolated;
      summary.textContent = `Showing ${shown.nodes} of ${total.nodes} nodes and ${shown.edges} of ${total.edges} links.`;
      summary.dataset.nodes = String(shown.nodes);
      summary.dataset.edges = String(shown.edges);
    },
  };
}

function rangeInput(id: string, min: number, max: number) {
  const input = el("input", { attrs: { type: "range", id, min, max, step: 1, value: min } });
  const output = el("output", { attrs: { for: id } });
  const set = (value: number) => {
    input.value = String(value);
    output.textContent = String(value);
  };
  input.addEventListener("input", () => (output.textContent = input.value));
  set(min);
  return { input, set, wrap: el("span", { className: "range" }, [input, output]) };
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el("div", { className: "field" }, [el("label", { text: label, attrs: { for: id } }), control]);
}
