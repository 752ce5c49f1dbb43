import type { TLabel, TListedLabel } from "./types";

/** A label's values as its row's inputs hold them. */
export type TDraft = { name: string; nameAr: string; color: string; hotkey: number | null };
/** How a row's last save went. */
export type TRowState = { state: "saving" | "saved" | "error"; message?: string };
/** A label being deleted; `inUse` counts its spans when they must move to `reassignTo` first. */
export type TDeleting = { label: TListedLabel; inUse: number | null; reassignTo: string };

export const HOTKEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
export const NEW_DRAFT: TDraft = { name: "", nameAr: "", color: "#0ea5e9", hotkey: null };

export function draftOf(label: TLabel): TDraft {
  return { name: label.name, nameAr: label.nameAr, color: label.color, hotkey: label.hotkey };
}

/** What the draft changes of the label (names trimmed, colours compared without case). */
export function changes(label: TLabel, draft: TDraft): Partial<TDraft> {
  const patch: Partial<TDraft> = {};
  if (draft.name.trim() !== label.name) patch.name = draft.name.trim();
  if (draft.nameAr.trim() !== label.nameAr) patch.nameAr = draft.nameAr.trim();
  if (draft.color.toLowerCase() !== label.color.toLowerCase()) patch.color = draft.color;
  if (draft.hotkey !== label.hotkey) patch.hotkey = draft.hotkey;
  return patch;
}
