import { el } from "../dom.js";

/** "Labels on screen": how many labels the view may place at most (0: none). */
export function createLabelControl(initial: number, max: number, onChange: (n: number) => void): { element: HTMLElement; set(n: number): void } {
  const input = el("input", { attrs: { type: "range", id: "label-budget", min: 0, max, step: 1, value: initial } });
  const output = el("output", { attrs: { for: "label-budget" }, text: initial });
  input.addEventListener("input", () => {
    output.textContent = input.value;
    onChange(Number(input.value));
  });
  const element = el("div", { className: "field label-control" }, [
    el("label", { text: "Labels on screen", attrs: { for: "label-budget" } }),
    el("span", { className: "range" }, [input, output]),
  ]);
  return {
    element,
    set(n) {
      input.value = String(n);
      output.textContent = String(n);
    },
  };
}
