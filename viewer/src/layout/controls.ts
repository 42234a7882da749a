import type { ViewerApp } from "../app.js";
import { el } from "../dom.js";
import { createLayoutControls, type LayoutControls, type LayoutOptions } from "./index.js";

/**
 * "Run layout" (toggles ForceAtlas2 in a worker), "No overlap" and "Reset layout" buttons
 * appended to `toolbar`. They follow the app's graph: a newly opened graph gets fresh controls,
 * and its own positions as the ones reset returns to.
 */
export function attachLayout(app: ViewerApp, toolbar: HTMLElement, options: Partial<LayoutOptions> = {}): void {
  let controls: LayoutControls | null = null;
  const run = el("button", { text: "Run layout", attrs: { type: "button", "aria-pressed": "false", "data-action": "layout-run", title: "Start or stop ForceAtlas2" } });
  const sync = () => {
    const running = controls?.isRunning() ?? false;
    run.textContent = running ? "Stop layout" : "Run layout";
    run.setAttribute("aria-pressed", String(running));
  };
  run.addEventListener("click", () => {
    if (!controls) return;
    if (controls.isRunning()) controls.stop();
    else controls.start();
    sync();
  });
  const act = (name: "noverlap" | "reset") => () => {
    controls?.[name]();
    sync();
  };
  toolbar.append(
    el("div", { className: "layout-controls", attrs: { role: "group", "aria-label": "Layout" } }, [
      run,
      el("button", { text: "No overlap", attrs: { type: "button", "data-action": "layout-noverlap", title: "Push overlapping nodes apart" }, on: { click: act("noverlap") } }),
      el("button", { text: "Reset layout", attrs: { type: "button", "data-action": "layout-reset", title: "Back to the layout the graph came with" }, on: { click: act("reset") } }),
    ]),
  );

  const follow = () => {
    controls?.kill();
    controls = app.graph && app.sigma ? createLayoutControls(app.graph, app.sigma, options) : null;
    sync();
  };
  app.on("graph", follow);
  follow();
}
