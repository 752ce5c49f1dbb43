/** Reading the reader's DOM, shared by the server-drawn text and the editor that takes its place. */

/** Page coordinates (scroll included) of a point in the viewport. */
export function pagePoint(x: number, y: number) {
  return { x: x + window.scrollX, y: y + window.scrollY };
}

function elementOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
}

/** The spans under a click: the segment element lists them all. */
export function spanIdsAt(target: EventTarget | null, root: HTMLElement): string[] {
  const segment = elementOf(target)?.closest("[data-span-id]");
  if (!segment || !root.contains(segment)) return [];
  return (segment.getAttribute("data-span-id") ?? "").split(" ").filter(Boolean);
}

/** The suggestion under a click, if any. */
export function suggestionIdAt(target: EventTarget | null, root: HTMLElement): string | null {
  const mark = elementOf(target)?.closest("[data-suggestion-id]");
  if (!mark || !root.contains(mark)) return null;
  return mark.getAttribute("data-suggestion-id");
}

export function escapeAttr(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
}
