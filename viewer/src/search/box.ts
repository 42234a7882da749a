import { el } from "../dom.js";
import { searchNodes, type SearchEntry, type Suggestion } from "./index.js";

export interface SearchBox {
  setIndex(index: SearchEntry[], within: () => Pick<Set<string>, "has"> | null): void;
  clear(): void;
}

/**
 * The search combobox (WAI-ARIA pattern): typing lists suggestions over labels and aliases,
 * arrows move, Enter or a click chooses, Esc clears. "/" anywhere outside a text field focuses it.
 */
export function createSearchBox(input: HTMLInputElement, list: HTMLUListElement, onChoose: (key: string) => void, onClear: () => void): SearchBox {
  let index: SearchEntry[] = [];
  let within: () => Pick<Set<string>, "has"> | null = () => null;
  let suggestions: Suggestion[] = [];
  let active = -1;

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
          el("span", { className: "suggestion-type", text: s.entityType }),
        ]),
      ),
    );
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const update = () => {
    suggestions = searchNodes(index, input.value, { within: within() });
    active = suggestions.length > 0 ? 0 : -1;
    render();
  };

  const close = () => {
    suggestions = [];
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
      choose(active >= 0 ? active : 0);
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
