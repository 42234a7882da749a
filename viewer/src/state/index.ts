import { parseState, withState } from "./url.js";
import type { ViewState } from "./types.js";

export { parseState, serializeState, withState, STATE_PARAMS } from "./url.js";
export type { ViewState, CameraView, SizeBy } from "./types.js";

/** The state the page was opened with. */
export function readUrlState(location: Location = window.location): ViewState {
  return parseState(location.search);
}

export interface UrlStateWriter {
  /** Records the state; the URL is rewritten once changes pause (camera moves fire every frame). */
  write(state: ViewState): void;
  /** Writes any pending state now. */
  flush(): void;
}

/**
 * Keeps the address bar in step with the view, with replaceState: the back button leaves the
 * viewer instead of stepping through every pan and click. `busy` holds writes back while it
 * returns true (the camera being dragged or zoomed).
 */
export function createUrlStateWriter(delayMs = 250, busy: () => boolean = () => false): UrlStateWriter {
  let pending: ViewState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const url = withState(window.location, pending);
    pending = null;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      history.replaceState(history.state, "", url);
    }
  };
  // A slow frame (a large graph, software WebGL) can outlast the delay in the middle of a drag:
  // while `busy` says the view is still moving, the write waits for the next pause.
  const later = () => {
    if (busy()) timer = setTimeout(later, delayMs);
    else flush();
  };
  return {
    write(state) {
      pending = state;
      clearTimeout(timer);
      timer = setTimeout(later, delayMs);
    },
    flush,
  };
}
