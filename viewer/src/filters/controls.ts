import { el, formatDate } from "../dom.js";
import type { FilterDomain, FilterSettings } from "./types.js";

export interface FilterControls {
  element: HTMLElement;
  /** Shows the given settings and the counts that result from them. */
  update(settings: FilterSettings, shown: { nodes: number; edges: number }, total: { nodes: number; edges: number }): void;
}

const MAX_COMMUNITIES = 60;

/**
 * The filter form beside the legend: minimum link weight and mentions, date range (only when
 * the data carries dates), community, isolated nodes, reset. It reports changes; it holds no
 * filter state of its own.
 */
export function createFilterControls(domain: FilterDomain, report: (patch: Partial<FilterSettings>) => void, onReset: () => void): FilterControls {
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

  const from = el("input", { attrs: { type: "date", id: "filter-date-from", min: domain.minDate, max: domain.maxDate } });
  const to = el("input", { attrs: { type: "date", id: "filter-date-to", min: domain.minDate, max: domain.maxDate } });
  from.addEventListener("change", () => onChange({ dateFrom: from.value || null }));
  to.addEventListener("change", () => onChange({ dateTo: to.value || null }));

  const community = el("select", { attrs: { id: "filter-community" } }, [el("option", { text: "All communities", attrs: { value: "" } })]);
  [...domain.communities]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_COMMUNITIES)
    .forEach(([id, count]) => community.append(el("option", { text: `Community ${id} (${count})`, attrs: { value: id } })));
  community.addEventListener("change", () => onChange({ community: community.value === "" ? null : Number(community.value) }));

  const isolated = el("input", { attrs: { type: "checkbox", id: "filter-hide-isolated" } });
  isolated.addEventListener("change", () => onChange({ hideIsolated: isolated.checked }));

  const summary = el("p", { className: "filter-summary", attrs: { id: "filter-summary", "aria-live": "polite" } });
  const reset = el("button", { text: "Reset filters", attrs: { type: "button" }, on: { click: onReset } });

  const hasDates = domain.minDate !== null;
  const element = el("section", { className: "filters", attrs: { "aria-label": "Filters" } }, [
    el("h2", { text: "Filters" }),
    field("filter-min-weight", "Minimum link weight", weight.wrap),
    field("filter-min-mentions", "Minimum mentions", mentions.wrap),
    hasDates &&
      el("fieldset", { className: "dates" }, [
        el("legend", { text: `Dates (${formatDate(domain.minDate)} – ${formatDate(domain.maxDate)})` }),
        field("filter-date-from", "From", from),
        field("filter-date-to", "To", to),
      ]),
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
      from.value = settings.dateFrom ?? "";
      to.value = settings.dateTo ?? "";
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
