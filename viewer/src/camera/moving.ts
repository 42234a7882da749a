/** What the test reads of sigma (any sigma instance, whatever its graph types). */
export interface CameraSource {
  getCamera(): { isAnimating(): boolean };
  getMouseCaptor(): { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
}

/**
 * Whether the camera is being moved (dragged, zoomed, or animating), by the same test sigma's
 * own renderer makes. Not `getGraphState().isIdle`: that call first recomputes sigma's graph
 * flags by walking the state of every node and edge, which on a 50,000-edge graph cost more
 * per hover than the hover itself.
 */
export function isCameraMoving(sigma: CameraSource): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}
