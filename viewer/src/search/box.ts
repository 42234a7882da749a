import { el } from "../dom.js";
import { searchNodes, type SearchEntry, type Suggestion } from "./index.js";

export interface SearchHandlers {
  onChoose(key: string): void;
  onClear(): void;
  /** The user asked to see a match the filters hide: clear the filters, then choose it. */
  onReveal(key: string): void;
}

export interface SearchBox {
  setIndex(index: SearchEntry[], within: () => Pick<Set<string>, "has"> | null): void;
  clear(): void;
}

/**
 * The search combobox (WAI-ARIA pattern): typing lists suggestions over labels and aliases,
 * each with its type and mentions, arrows move, Enter or a click chooses, Esc clears. "/"
 * anywhere outside a text field focuses it. Below the box a status line says when nothing
 * matches, or when what matches is hidden by the filters (with a button to show it).
 */
export function createSearchBox(input: HTMLInputElement, list: HTMLUListElement, handlers: SearchHandlers): SearchBox {
  const { onChoose, onClear, onReveal } = handlers;
  let index: SearchEntry[] = [];
  let within: () => Pick<Set<string>, "has"> | null = () => null;
  let suggestions: Suggestion[] = [];
  let hidden: Suggestion[] = [];
  let active = -1;
  const feedback = el("p", { className: "search-feedback", attrs: { id: "search-feedback", role: "status", "aria-live": "polite" } });
  feedback.hidden = true;
  list.after(feedback);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");

  const render = () => {
    list.replaceChildren(
      ...suggestions.map((s, i) =>
        el("li", {
          className: `suggestion type-${s.entityType}`,
          attrs: { id: `suggestion-${i}`, role: "option", "aria-selected": i === active ? "true" : "false", "data-key": s.key },
          on: {
            // mousedown, not click: the input's blur must not close the list first.
            mousedown: (event) => {
              event.preventDefault();
              choose(i);
            },
          },
        }, [
          el("span", { className: "suggestion-label", text: s.label }),
          s.via ? el("span", { className: "suggestion-via", text: `“${s.via}”` }) : null,
          s.fuzzy ? el("span", { className: "suggestion-via", text: "similar spelling" }) : null,
          el("span", { className: "suggestion-type", text: `${s.entityType} · ${s.mentions} mention${s.mentions === 1 ? "" : "s"}` }),
        ]),
      ),
    );
    const open = suggestions.length > 0;
    list.hidden = !open;
    renderFeedback();
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const renderFeedback = () => {
    const query = input.value.trim();
    if (!query || suggestions.length > 0 || document.activeElement !== input) {
      feedback.hidden = true;
      feedback.replaceChildren();
      delete feedback.dataset.state;
      return;
    }
    feedback.hidden = false;
    const first = hidden[0];
    if (first) {
      feedback.dataset.state = "hidden";
      feedback.replaceChildren(
        `“${first.label}” ${hidden.length > 1 ? `and ${hidden.length - 1} more match but are` : "matches but is"} hidden by the filters. `,
        el("button", {
          className: "more",
          text: `Show ${first.label}`,
          attrs: { type: "button", "data-key": first.key },
          on: {
            // mousedown, not click: the input's blur must not hide the button first.
            mousedown: (event) => {
              event.preventDefault();
              input.value = first.label;
              close();
              onReveal(first.key);
            },
          },
        }),
      );
    } else {
      feedback.dataset.state = "none";
      feedback.replaceChildren(`No person, country or organization matches “${query}”.`);
    }
  };

  const update = () => {
    ({ suggestions, hidden } = searchNodes(index, input.value, { within: within() }));
    active = suggestions.length > 0 ? 0 : -1;
    render();
  };

  const close = () => {
    suggestions = [];
    hidden = [];
    active = -1;
    render();
  };

  const choose = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    input.value = s.label;
    close();
    onChoose(s.key);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => input.value && update());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return update();
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (suggestions.length === 0 && hidden[0]) {
        const key = hidden[0].key;
        input.value = hidden[0].label;
        close();
        onReveal(key);
      } else choose(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.value = "";
      close();
      input.blur();
      onClear();
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === "Escape" && !typing) {
      input.value = "";
      close();
      onClear();
    }
  });

  return {
    setIndex(next, visible) {
      index = next;
      within = visible;
      if (document.activeElement === input && input.value) update();
    },
    clear() {
      input.value = "";
      close();
    },
  };
}
