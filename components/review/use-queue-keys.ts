import { useEffect, useRef } from "react";

export type TQueueKey = "confirm" | "dismiss" | "relation" | "verdict" | "reopen";

/** Physical keys (KeyboardEvent.code), so the shortcuts work the same on an Arabic keyboard layout. */
const ACTIONS: Record<string, TQueueKey> = {
  KeyC: "confirm",
  KeyD: "dismiss",
  KeyR: "relation",
  KeyV: "verdict",
  KeyO: "reopen",
};

/** True when the key belongs to what the person is typing into or choosing in. */
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(
    target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]"),
  );
}

/**
 * The queue's single-key shortcuts, listened for on the whole page (not only on a focused card),
 * ignored while typing in a field, with a modifier held, or inside a dialog.
 */
export function useQueueKeys(options: {
  enabled: boolean;
  onMove: (step: number) => void;
  onAction: (key: TQueueKey) => void;
  onEscape: () => void;
}) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { enabled, onMove, onAction, onEscape } = latest.current;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Escape") {
        onEscape();
        return;
      }
      if (!enabled || typingTarget(event.target) || event.repeat) return;
      if (event.code === "KeyJ" || event.code === "KeyK") {
        event.preventDefault();
        onMove(event.code === "KeyJ" ? 1 : -1);
        return;
      }
      const action = ACTIONS[event.code];
      if (action && !event.shiftKey) {
        event.preventDefault();
        onAction(action);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
