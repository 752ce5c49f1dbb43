"use client";

import { useState } from "react";
import { useSubmit } from "@/components/ui/use-submit";
import { ApiError, apiFetch, describeError } from "@/components/ui/api-client";
import { conflictRecord } from "@/components/ui/conflict";
import { ZLabel } from "@/lib/labels/schemas";
import { changes, type TDeleting, type TDraft, type TRowState } from "./label-set-state";
import type { TLabel, TListedLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

function spanCountOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const count = (error.details as { spanCount?: unknown } | null)?.spanCount;
  return typeof count === "number" ? count : null;
}

const without = <T>(record: Record<string, T>, id: string) => {
  const { [id]: _gone, ...rest } = record;
  return rest;
};

/**
 * The label set being edited: the labels, each row's unsaved draft and save state, a reorder in
 * progress, a delete being confirmed. Every save names the version it edits.
 */
export function useLabelSet(projectId: string, initialLabels: readonly TListedLabel[]) {
  const { m, t } = useAnnotatorI18n();
  const [labels, setLabels] = useState<TListedLabel[]>(() => [...initialLabels]);
  const [drafts, setDrafts] = useState<Record<string, TDraft>>({});
  const [rowStates, setRowStates] = useState<Record<string, TRowState>>({});
  const { busy: reordering, error: listError, run: reorder } = useSubmit();
  const [deleting, setDeleting] = useState<TDeleting | null>(null);

  const setRow = (id: string, state: TRowState | null) =>
    setRowStates((rows) => (state ? { ...rows, [id]: state } : without(rows, id)));

  /** A write's answer in place of the label; its span count is the list's (writes do not carry one). */
  function merge(updated: TLabel) {
    setLabels((list) => list.map((l) => (l.id === updated.id ? { ...updated, spanCount: l.spanCount } : l)));
  }

  async function save(label: TLabel) {
    const draft = drafts[label.id];
    if (!draft) return;
    const patch = changes(label, draft);
    if (Object.keys(patch).length === 0) return;
    setRow(label.id, { state: "saving" });
    try {
      const updated = await apiFetch<TLabel>(`/api/v1/labels/${label.id}`, {
        method: "PATCH",
        json: { version: label.version, ...patch },
      });
      merge(updated);
      setDrafts((all) => without(all, label.id));
      setRow(label.id, { state: "saved" });
    } catch (error) {
      const current = conflictRecord(error, ZLabel);
      if (current) {
        merge(current);
        setDrafts((all) => without(all, label.id));
        setRow(label.id, { state: "error", message: m.status.conflict });
      } else setRow(label.id, { state: "error", message: describeError(error, t.common) });
    }
  }

  /** Moves a label one place and renumbers the orders that changed, one versioned save each. */
  async function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const moved = labels[index];
    const other = labels[target];
    if (!moved || !other) return;
    const next = [...labels];
    next[index] = other;
    next[target] = moved;
    setLabels(next);
    await reorder(async () => {
      try {
        for (const [order, label] of next.entries()) {
          if (label.order === order) continue;
          merge(
            await apiFetch<TLabel>(`/api/v1/labels/${label.id}`, {
              method: "PATCH",
              json: { version: label.version, order },
            }),
          );
        }
      } catch (error) {
        // The order as the server has it now; the error shown is the save's, or the reload's if that failed too.
        const fresh = await apiFetch<{ labels: TListedLabel[] }>(`/api/v1/projects/${projectId}/labels`);
        setLabels(fresh.labels);
        throw error;
      }
    });
  }

  async function remove(label: TListedLabel, moveTo: string | null) {
    const query = moveTo ? `?reassignTo=${encodeURIComponent(moveTo)}` : "";
    try {
      await apiFetch(`/api/v1/labels/${label.id}${query}`, { method: "DELETE" });
    } catch (error) {
      const inUse = spanCountOf(error);
      if (inUse !== null && !moveTo) {
        // Used after all (someone labelled meanwhile): ask where its spans go instead.
        setDeleting((d) => ({ label, inUse, reassignTo: d?.reassignTo ?? "" }));
        return;
      }
      throw error;
    }
    setLabels((list) =>
      list
        .filter((l) => l.id !== label.id)
        .map((l) => (l.id === moveTo ? { ...l, spanCount: l.spanCount + label.spanCount } : l)),
    );
    setDeleting(null);
  }

  return {
    labels,
    drafts,
    rowStates,
    reordering,
    listError,
    deleting,
    setDeleting,
    save,
    move,
    remove,
    added: (label: TLabel) => setLabels((list) => [...list, { ...label, spanCount: 0 }]),
    edit(label: TLabel, draft: TDraft) {
      setDrafts((all) => ({ ...all, [label.id]: draft }));
      setRow(label.id, null);
    },
    reset: (label: TLabel) => setDrafts((all) => without(all, label.id)),
    startDelete(label: TListedLabel) {
      setDeleting({
        label,
        inUse: label.spanCount > 0 ? label.spanCount : null,
        reassignTo: labels.find((l) => l.id !== label.id)?.id ?? "",
      });
    },
  };
}
