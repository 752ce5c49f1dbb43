"use client";

import { useEffect, useEffectEvent } from "react";
import type { RedrawHold } from "./redraw-hold";

/**
 * While `active`, a press held in `hold` ends when the mouse button is released anywhere in the
 * window, or when the window loses focus (a button released outside it may never be reported).
 * `settle` runs on the next frame, once the browser (and ProseMirror) have settled the final
 * selection; it releases the hold itself, so it decides what to report before the held redraws run.
 */
export function useReleaseOfPress(hold: RedrawHold, active: boolean, settle: () => void): void {
  const onSettle = useEffectEvent(settle);
  useEffect(() => {
    if (!active) return;
    function onRelease() {
      if (hold.isPressed) requestAnimationFrame(() => onSettle());
    }
    window.addEventListener("mouseup", onRelease);
    window.addEventListener("blur", onRelease);
    return () => {
      window.removeEventListener("mouseup", onRelease);
      window.removeEventListener("blur", onRelease);
    };
  }, [hold, active]);
}
