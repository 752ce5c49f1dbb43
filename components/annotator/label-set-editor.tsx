"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input, Select } from "@/components/ui/form";
import { EmptyState, Panel } from "@/components/ui/panel";
import { format } from "@/lib/i18n/messages";
import { LabelChip } from "./label-chip";
import { labelName } from "./label-style";
import type { TLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

type TDraft = { name: string; nameAr: string; color: string; hotkey: number | null };
type TRowState = { state: "saving" | "saved" | "error"; message?: string };
type TDeleting = { label: TLabel; inUse: number | null };

const HOTKEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const NEW_DRAFT: TDraft = { name: "", nameAr: "", color: "#0ea5e9", hotkey: null };

function draftOf(label: TLabel): TDraft {
  return { name: label.name, nameAr: label.nameAr, color: label.color, hotkey: label.hotkey };
}

function changes(label: TLabel, draft: TDraft): Partial<TDraft> {
  const patch: Partial<TDraft> = {};
  if (draft.name.trim() !== label.name) patch.name = draft.name.trim();
  if (draft.nameAr.trim() !== label.nameAr) patch.nameAr = draft.nameAr.trim();
  if (draft.color.toLowerCase() !== label.color.toLowerCase()) patch.color = draft.color;
  if (draft.hotkey !== label.hotkey) patch.hotkey = draft.hotkey;
  return patch;
}

function conflictCurrent(error: unknown): TLabel | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: Partial<TLabel> } | null)?.current;
  return current && typeof current.id === "string" && typeof current.version === "number" ? (current as TLabel) : null;
}

function spanCountOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const count = (error.details as { spanCount?: unknown } | null)?.spanCount;
  return typeof count === "number" ? count : null;
}

/**
 * The project's label set for managers: rename (English and Arabic), recolour, assign hotkeys,
 * reorder, add and delete. Every save names the version it edits; a label still used by spans
 * is deleted only by moving its spans to another label.
 */
export function LabelSetEditor({
  projectId,
  initialLabels,
  canEdit,
}: {
  projectId: string;
  initialLabels: readonly TLabel[];
  canEdit: boolean;
}) {
  const { m: all, t, locale } = useAnnotatorI18n();
  const m = all.labels;
  const [labels, setLabels] = useState<TLabel[]>(() => [...initialLabels]);
  const [drafts, setDrafts] = useState<Record<string, TDraft>>({});
  const [rowStates, setRowStates] = useState<Record<string, TRowState>>({});
  const [newDraft, setNewDraft] = useState<TDraft>(NEW_DRAFT);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TDeleting | null>(null);
  const [reassignTo, setReassignTo] = useState("");
  const [reordering, setReordering] = useState(false);
  const [listError, setListError] = useState<string | null>(null);

  const setRow = (id: string, state: TRowState | null) =>
    setRowStates((rows) => {
      const next = { ...rows };
      if (state) next[id] = state;
      else delete next[id];
      return next;
    });

  function merge(updated: TLabel) {
    setLabels((list) =>
      list.map((l) => (l.id === updated.id ? { ...updated, spanCount: updated.spanCount ?? l.spanCount } : l)),
    );
  }

  async function reload() {
    const { labels: fresh } = await apiFetch<{ labels: TLabel[] }>(`/api/v1/projects/${projectId}/labels`);
    setLabels(fresh);
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
      setDrafts(({ [label.id]: _saved, ...rest }) => rest);
      setRow(label.id, { state: "saved" });
    } catch (error) {
      const current = conflictCurrent(error);
      if (current) {
        merge(current);
        setDrafts(({ [label.id]: _stale, ...rest }) => rest);
        setRow(label.id, { state: "error", message: all.status.conflict });
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
    setReordering(true);
    setListError(null);
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
      setListError(describeError(error, t.common));
      await reload().catch((reloadError: unknown) => setListError(describeError(reloadError, t.common)));
    } finally {
      setReordering(false);
    }
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdding(true);
    setAddError(null);
    try {
      const created = await apiFetch<TLabel>(`/api/v1/projects/${projectId}/labels`, {
        method: "POST",
        json: {
          name: newDraft.name.trim(),
          nameAr: newDraft.nameAr.trim(),
          color: newDraft.color,
          hotkey: newDraft.hotkey,
        },
      });
      setLabels((list) => [...list, { ...created, spanCount: 0 }]);
      setNewDraft(NEW_DRAFT);
    } catch (error) {
      setAddError(describeError(error, t.common));
    } finally {
      setAdding(false);
    }
  }

  async function remove(label: TLabel, moveTo: string | null) {
    const query = moveTo ? `?reassignTo=${encodeURIComponent(moveTo)}` : "";
    try {
      await apiFetch(`/api/v1/labels/${label.id}${query}`, { method: "DELETE" });
    } catch (error) {
      const inUse = spanCountOf(error);
      if (inUse !== null && !moveTo) {
        // Used after all (someone labelled meanwhile): ask where its spans go instead.
        setDeleting({ label, inUse });
        return;
      }
      throw error;
    }
    setLabels((list) =>
      list
        .filter((l) => l.id !== label.id)
        .map((l) => (l.id === moveTo ? { ...l, spanCount: (l.spanCount ?? 0) + (label.spanCount ?? 0) } : l)),
    );
    setDeleting(null);
  }

  function startDelete(label: TLabel) {
    setReassignTo(labels.find((l) => l.id !== label.id)?.id ?? "");
    setDeleting({ label, inUse: label.spanCount && label.spanCount > 0 ? label.spanCount : null });
  }

  const usedHotkeys = new Map(labels.filter((l) => l.hotkey).map((l) => [l.hotkey, l]));
  const cell = "px-3 py-2 align-middle";

  return (
    <div className="flex flex-col gap-5">
      {!canEdit ? <Alert tone="info">{m.readOnly}</Alert> : null}
      {listError ? <Alert tone="error">{listError}</Alert> : null}
      <Panel bodyClassName="p-0 overflow-x-auto">
        {labels.length === 0 ? (
          <div className="p-4">
            <EmptyState>{m.empty}</EmptyState>
          </div>
        ) : (
          <table className="w-full min-w-[48rem] text-sm" data-testid="label-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-start text-xs text-slate-600">
              <tr>
                <th className={cn(cell, "w-20 text-start font-medium")}>{m.order}</th>
                <th className={cn(cell, "w-20 text-start font-medium")}>{m.color}</th>
                <th className={cn(cell, "text-start font-medium")}>{m.name}</th>
                <th className={cn(cell, "text-start font-medium")}>{m.nameAr}</th>
                <th className={cn(cell, "w-36 text-start font-medium")}>{m.hotkey}</th>
                <th className={cn(cell, "w-20 text-end font-medium")}>{m.spans}</th>
                <th className={cn(cell, "w-48 text-end font-medium")}>{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label, index) => {
                const draft = drafts[label.id] ?? draftOf(label);
                const dirty = Object.keys(changes(label, draft)).length > 0;
                const row = rowStates[label.id];
                const edit = (patch: Partial<TDraft>) => {
                  setDrafts((all) => ({ ...all, [label.id]: { ...draft, ...patch } }));
                  setRow(label.id, null);
                };
                const display = labelName(label, locale);
                return (
                  <tr key={label.id} className="border-b border-slate-100 last:border-0" data-label-id={label.id}>
                    <td className={cell}>
                      {canEdit ? (
                        <div className="flex gap-1">
                          <Button
                            size="sm"
                            variant="ghost"
                            aria-label={format(m.moveUp, { name: display })}
                            disabled={index === 0 || reordering}
                            onClick={() => void move(index, -1)}
                          >
                            ↑
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            aria-label={format(m.moveDown, { name: display })}
                            disabled={index === labels.length - 1 || reordering}
                            onClick={() => void move(index, 1)}
                          >
                            ↓
                          </Button>
                        </div>
                      ) : (
                        <span className="text-slate-500">{index + 1}</span>
                      )}
                    </td>
                    <td className={cell}>
                      {canEdit ? (
                        <input
                          type="color"
                          aria-label={`${m.color}: ${display}`}
                          value={draft.color}
                          onChange={(e) => edit({ color: e.target.value })}
                          className="h-8 w-12 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
                        />
                      ) : (
                        <span className="inline-block size-5 rounded" style={{ backgroundColor: label.color }} />
                      )}
                    </td>
                    <td className={cell}>
                      {canEdit ? (
                        <Input
                          aria-label={`${m.name}: ${display}`}
                          value={draft.name}
                          onChange={(e) => edit({ name: e.target.value })}
                          className="h-8"
                        />
                      ) : (
                        <LabelChip name={label.name} color={label.color} />
                      )}
                    </td>
                    <td className={cell}>
                      {canEdit ? (
                        <Input
                          aria-label={`${m.nameAr}: ${display}`}
                          dir="rtl"
                          lang="ar"
                          value={draft.nameAr}
                          onChange={(e) => edit({ nameAr: e.target.value })}
                          className="text-arabic h-8"
                        />
                      ) : (
                        <span dir="rtl" lang="ar" className="text-arabic">
                          {label.nameAr}
                        </span>
                      )}
                    </td>
                    <td className={cell}>
                      {canEdit ? (
                        <Select
                          aria-label={`${m.hotkey}: ${display}`}
                          value={draft.hotkey ?? ""}
                          onChange={(e) => edit({ hotkey: e.target.value ? Number(e.target.value) : null })}
                          className="h-8"
                        >
                          <option value="">{m.noHotkey}</option>
                          {HOTKEYS.map((key) => {
                            const holder = usedHotkeys.get(key);
                            return (
                              <option key={key} value={key}>
                                {holder && holder.id !== label.id ? `${key} (${labelName(holder, locale)})` : key}
                              </option>
                            );
                          })}
                        </Select>
                      ) : (
                        <span>{label.hotkey ?? "—"}</span>
                      )}
                    </td>
                    <td className={cn(cell, "text-end tabular-nums text-slate-700")}>{label.spanCount ?? "—"}</td>
                    <td className={cn(cell, "text-end")}>
                      {canEdit ? (
                        <div className="flex flex-wrap items-center justify-end gap-1.5">
                          {row ? (
                            <span
                              role={row.state === "error" ? "alert" : "status"}
                              className={cn(
                                "text-xs",
                                row.state === "error"
                                  ? "text-red-700"
                                  : row.state === "saved"
                                    ? "text-emerald-700"
                                    : "text-slate-500",
                              )}
                            >
                              {row.state === "saving" ? m.saving : row.state === "saved" ? m.saved : row.message}
                            </span>
                          ) : null}
                          {dirty ? (
                            <>
                              <Button
                                size="sm"
                                variant="ghost"
                                onClick={() => setDrafts(({ [label.id]: _reset, ...rest }) => rest)}
                              >
                                {m.reset}
                              </Button>
                              <Button
                                size="sm"
                                variant="primary"
                                disabled={row?.state === "saving" || draft.name.trim() === ""}
                                onClick={() => void save(label)}
                              >
                                {m.save}
                              </Button>
                            </>
                          ) : null}
                          <Button size="sm" variant="danger" onClick={() => startDelete(label)}>
                            {m.delete}
                          </Button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Panel>
      {canEdit ? <p className="-mt-3 text-xs text-slate-500">{m.hotkeyHelp}</p> : null}

      {canEdit ? (
        <Panel title={m.newTitle}>
          <form onSubmit={add} className="flex flex-wrap items-end gap-3" data-testid="add-label">
            <label className="flex flex-col gap-1 text-xs text-slate-600">
              {m.color}
              <input
                type="color"
                value={newDraft.color}
                onChange={(e) => setNewDraft({ ...newDraft, color: e.target.value })}
                className="h-9 w-14 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
              />
            </label>
            <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-slate-600">
              {m.name}
              <Input
                required
                value={newDraft.name}
                onChange={(e) => setNewDraft({ ...newDraft, name: e.target.value })}
              />
            </label>
            <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-slate-600">
              {m.nameAr}
              <Input
                dir="rtl"
                lang="ar"
                className="text-arabic"
                value={newDraft.nameAr}
                onChange={(e) => setNewDraft({ ...newDraft, nameAr: e.target.value })}
              />
            </label>
            <label className="flex w-28 flex-col gap-1 text-xs text-slate-600">
              {m.hotkey}
              <Select
                value={newDraft.hotkey ?? ""}
                onChange={(e) => setNewDraft({ ...newDraft, hotkey: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{m.noHotkey}</option>
                {HOTKEYS.filter((key) => !usedHotkeys.has(key)).map((key) => (
                  <option key={key} value={key}>
                    {key}
                  </option>
                ))}
              </Select>
            </label>
            <Button type="submit" variant="primary" disabled={adding || newDraft.name.trim() === ""}>
              {adding ? m.adding : m.add}
            </Button>
          </form>
          {addError ? (
            <Alert tone="error" className="mt-3">
              {addError}
            </Alert>
          ) : null}
        </Panel>
      ) : null}

      <ConfirmDialog
        open={deleting !== null && deleting.inUse === null}
        title={deleting ? format(m.deleteTitle, { name: labelName(deleting.label, locale) }) : ""}
        body={m.deleteBody}
        confirmLabel={m.delete}
        onConfirm={() => (deleting ? remove(deleting.label, null) : undefined)}
        onClose={() => setDeleting((d) => (d && d.inUse !== null ? d : null))}
      />
      <ConfirmDialog
        open={deleting !== null && deleting.inUse !== null}
        title={deleting ? format(m.inUseTitle, { name: labelName(deleting.label, locale) }) : ""}
        body={
          <div className="space-y-3">
            <p>
              {format(m.inUseCount, { count: deleting?.inUse ?? 0 })} {m.inUseBody}
            </p>
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
              {m.reassignTo}
              <Select value={reassignTo} onChange={(e) => setReassignTo(e.target.value)} data-testid="reassign-to">
                {labels
                  .filter((l) => l.id !== deleting?.label.id)
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {labelName(l, locale)}
                    </option>
                  ))}
              </Select>
            </label>
          </div>
        }
        confirmLabel={m.deleteAndMove}
        onConfirm={() => (deleting && reassignTo ? remove(deleting.label, reassignTo) : undefined)}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
