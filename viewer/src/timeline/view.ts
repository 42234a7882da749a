import { el, formatDate } from "../dom.js";
import type { TimeIndex } from "./model.js";
import { dayPosition } from "./model.js";

export interface Timeline {
  element: HTMLElement;
  /** Shows the window the filters hold, and the articles in it. */
  update(from: string | null, to: string | null, articles: number): void;
  /** Stops playing (a graph was replaced, the user moved a handle). */
  stop(): void;
}

export interface TimelineOptions {
  /** Milliseconds between two steps of "Play". */
  stepMs: number;
  /** The window "Play" steps with when none is set, in days. */
  playDays: number;
}

const DEFAULTS: TimelineOptions = { stepMs: 900, playDays: 7 };

/**
 * The time window: a histogram of articles per day over the whole period (each bar carries
 * data-date and data-count), two handles that cannot cross (moving one past the other pushes
 * it along, so an inverted range cannot be asked for), the window's dates and article count,
 * "Play", which steps the window forward a day at a time, and "All dates". It reports
 * windows; the filters hold them.
 */
export function createTimeline(index: TimeIndex, report: (from: string | null, to: string | null) => void, options: Partial<TimelineOptions> = {}): Timeline {
  const opts = { ...DEFAULTS, ...options };
  const last = index.days.length - 1;
  const max = Math.max(1, ...index.articles);
  const bars = index.days.map((day, i) =>
    el("span", {
      className: "bar",
      attrs: { "data-date": day, "data-count": index.articles[i], title: `${formatDate(day)}: ${index.articles[i]} article${index.articles[i] === 1 ? "" : "s"}` },
    }),
  );
  bars.forEach((bar, i) => (bar.style.height = `${Math.round((100 * index.articles[i]!) / max)}%`));
  const histogram = el("div", { className: "histogram", attrs: { "aria-hidden": "true" } }, bars);
  const slider = (id: string, label: string, value: number) =>
    el("input", { attrs: { type: "range", id, min: 0, max: last, step: 1, value, "aria-label": label } });
  const fromInput = slider("timeline-from", "Window start", 0);
  const toInput = slider("timeline-to", "Window end", last);
  const readout = el("p", { className: "timeline-range", attrs: { id: "timeline-range", "aria-live": "polite" } });
  const play = el("button", { text: "Play", attrs: { type: "button", "data-action": "timeline-play", "aria-pressed": "false", title: "Step the window through time" } });
  const all = el("button", { text: "All dates", attrs: { type: "button", "data-action": "timeline-all" } });

  let timer: ReturnType<typeof setInterval> | undefined;
  const send = (lo: number, hi: number) => report(lo === 0 && hi === last ? null : index.days[lo]!, lo === 0 && hi === last ? null : index.days[hi]!);
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  };
  const moved = (which: "from" | "to") => {
    stop();
    let lo = Number(fromInput.value);
    let hi = Number(toInput.value);
    // The handles push each other: the range is never inverted.
    if (lo > hi) {
      if (which === "from") hi = lo;
      else lo = hi;
      fromInput.value = String(lo);
      toInput.value = String(hi);
    }
    send(lo, hi);
  };
  fromInput.addEventListener("input", () => moved("from"));
  toInput.addEventListener("input", () => moved("to"));
  all.addEventListener("click", () => {
    stop();
    send(0, last);
  });
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    let lo = Number(fromInput.value);
    let hi = Number(toInput.value);
    if (lo === 0 && hi === last) hi = Math.min(last, opts.playDays - 1);
    else if (hi >= last) {
      // At the end: start again from the beginning with the same width.
      hi -= lo;
      lo = 0;
    }
    const width = hi - lo;
    send(lo, hi);
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      if (hi >= last) return stop();
      lo += 1;
      hi = Math.min(last, lo + width);
      send(lo, hi);
    }, opts.stepMs);
  });

  const element = el("section", { className: "timeline", attrs: { id: "timeline", "aria-label": "Time window" } }, [
    el("div", { className: "timeline-track" }, [histogram, el("div", { className: "timeline-handles" }, [fromInput, toInput])]),
    el("div", { className: "timeline-bar" }, [readout, play, all]),
  ]);

  return {
    element,
    update(from, to, articles) {
      const lo = dayPosition(index, from, "from");
      const hi = dayPosition(index, to, "to");
      fromInput.value = String(lo);
      toInput.value = String(hi);
      bars.forEach((bar, i) => bar.classList.toggle("in-window", i >= lo && i <= hi));
      const whole = from === null && to === null;
      readout.textContent = `${whole ? "All dates: " : ""}${formatDate(index.days[lo]!)} – ${formatDate(index.days[hi]!)} · ${articles} article${articles === 1 ? "" : "s"}`;
      readout.dataset.from = index.days[lo]!;
      readout.dataset.to = index.days[hi]!;
      readout.dataset.articles = String(articles);
    },
    stop,
  };
}
