import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onCameraRest, REST_MS } from "../../viewer/src/camera/rest.js";

/** A camera that moves when told, and a mouse that is never pressed. */
function fakeSigma() {
  const listeners = new Set<() => void>();
  let animating = false;
  const camera = {
    isAnimating: () => animating,
    on: (_e: "updated", fn: () => void) => listeners.add(fn),
    off: (_e: "updated", fn: () => void) => listeners.delete(fn),
  };
  return {
    sigma: { getCamera: () => camera, getMouseCaptor: () => ({ isMoving: false, draggedEvents: 0, currentWheelDirection: 0 }) },
    move: () => listeners.forEach((fn) => fn()),
    setAnimating: (on: boolean) => void (animating = on),
  };
}

describe("camera rest (what label placement and the address bar wait for)", () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] }));
  afterEach(() => void vi.useRealTimers());

  it("comes once, REST_MS after a move at full frame rate ends", () => {
    const { sigma, move } = fakeSigma();
    const rest = vi.fn();
    onCameraRest(sigma, rest);
    for (let i = 0; i < 30; i++) {
      move();
      vi.advanceTimersByTime(16);
    }
    expect(rest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REST_MS);
    expect(rest).toHaveBeenCalledTimes(1);
  });

  it("does not take the gap between two slow frames of one move for a rest", () => {
    const { sigma, move } = fakeSigma();
    const rest = vi.fn();
    onCameraRest(sigma, rest);
    // Software WebGL: 200 ms frames, and now and then one of 400 ms, longer than REST_MS.
    for (let i = 0; i < 20; i++) {
      move();
      vi.advanceTimersByTime(i % 5 === 4 ? 400 : 200);
    }
    expect(rest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3 * 400);
    expect(rest).toHaveBeenCalledTimes(1);
  });

  it("waits while the camera still animates, and stops when unsubscribed", () => {
    const { sigma, move, setAnimating } = fakeSigma();
    const rest = vi.fn();
    const off = onCameraRest(sigma, rest);
    setAnimating(true);
    move();
    vi.advanceTimersByTime(5 * REST_MS);
    expect(rest).not.toHaveBeenCalled();
    setAnimating(false);
    vi.advanceTimersByTime(REST_MS);
    expect(rest).toHaveBeenCalledTimes(1);
    off();
    move();
    vi.advanceTimersByTime(5 * REST_MS);
    expect(rest).toHaveBeenCalledTimes(1);
  });
});
