"use client";

import { useEffect } from "react";
import type { TCurationView } from "@/lib/curation/schemas";

type TItem = TCurationView["items"][number];

/** What the curator decides for one item: take an analyst's version, merge, reject or edit. */
export type TCurationAction =
  | { action: "take"; analystId: string }
  | { action: "merge" }
  | { action: "reject" }
  | { action: "edit"; start: number; end: number; labelId: string };

/**
 * The curator's keys on the whole page (not while typing in a field, nor while a change is being
 * saved): j/k move between items that differ, c marks the article curated, and on the selected
 * item 1–9 take that analyst's version, m merges, x rejects and e edits.
 */
export function useCurationKeys({
  busy,
  item,
  analysts,
  move,
  markCurated,
  send,
  startEdit,
}: {
  busy: boolean;
  item: TItem | undefined;
  analysts: TCurationView["analysts"];
  move: (step: 1 | -1) => void;
  markCurated: () => Promise<unknown>;
  send: (target: TItem, action: TCurationAction) => Promise<unknown>;
  startEdit: (target: TItem) => void;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA"))
        return;
      if (busy) return;
      const key = event.key;
      if (key === "j") move(1);
      else if (key === "k") move(-1);
      else if (key === "c") void markCurated();
      else if (!item) return;
      else if (/^[1-9]$/.test(key)) {
        const analyst = analysts[Number(key) - 1];
        if (analyst && item.versions[Number(key) - 1]) void send(item, { action: "take", analystId: analyst.id });
      } else if (key === "m") void send(item, { action: "merge" });
      else if (key === "x") void send(item, { action: "reject" });
      else if (key === "e") startEdit(item);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, item, markCurated, move, send, startEdit, analysts]);
}
