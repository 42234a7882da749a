/**
 * The one way the viewer builds DOM: text goes through textContent and attributes through
 * setAttribute, never through innerHTML, because labels, aliases and evidence come from
 * untrusted article text.
 */
export interface ElementOptions {
  className?: string;
  text?: string | number;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`newsgraph/viewer: the page has no #${id} element.`);
  return node as T;
}

// One formatter: toLocaleDateString with options builds a new one per call (milliseconds
// each, paid twice by the timeline's readout on every filter change).
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "12 Mar 2026" from "2026-03-12"; the ISO text itself when it is not a date. */
export function formatDate(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return DATE_FORMAT.format(d);
}

/**
 * Runs `task` once the page is idle (no frame or input waiting), or as an ordinary task after
 * `timeoutMs` when it never is (software WebGL keeps a page busy drawing), and returns its
 * cancel. Without requestIdleCallback (Safari), a timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
